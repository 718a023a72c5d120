package org.inclusivecities.platform.security;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.inclusivecities.platform.people.ApiToken;
import org.inclusivecities.platform.people.ApiTokens;
import org.inclusivecities.platform.people.People;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.stereotype.Component;

/**
 * Chooses how to check an API bearer token: {@code icp_...} is a personal API token, anything else a JWT
 * from the configured issuer meant for {@code platform.web.api.audience}. Without an issuer configured (no {@link JwtDecoder}), JWTs are refused and
 * API tokens still work.
 */
@Component
class ApiAuthenticationManagers implements AuthenticationManagerResolver<HttpServletRequest> {

	private final BearerTokenResolver bearerTokens = new DefaultBearerTokenResolver();

	private final AuthenticationManager apiTokens;

	private final AuthenticationManager jwts;

	ApiAuthenticationManagers(ApiTokens apiTokens, People people, Clock clock, ObjectProvider<JwtDecoder> decoder,
			JwtPeople jwtPeople, ApiProperties properties) {
		this.apiTokens = new ProviderManager(new ApiTokenAuthenticationProvider(apiTokens, people, clock));
		JwtDecoder jwtDecoder = decoder.getIfAvailable();
		if (jwtDecoder == null) {
			this.jwts = authentication -> {
				throw new InvalidBearerTokenException("No JWT issuer is configured; use a personal API token");
			};
		}
		else {
			JwtAuthenticationProvider provider = new JwtAuthenticationProvider(new JwtAudience(jwtDecoder, properties.audience()));
			provider.setJwtAuthenticationConverter(jwtPeople);
			this.jwts = new ProviderManager(provider);
		}
	}

	@Override
	public AuthenticationManager resolve(HttpServletRequest request) {
		String token = bearerTokens.resolve(request);
		return token != null && token.startsWith(ApiToken.PREFIX) ? apiTokens : jwts;
	}

}
