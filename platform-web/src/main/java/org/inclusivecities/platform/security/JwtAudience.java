package org.inclusivecities.platform.security;

import java.util.List;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A JWT decoder that also refuses tokens meant for another client: neither {@code aud} nor {@code azp} is ours. */
final class JwtAudience implements JwtDecoder {

	private final JwtDecoder decoder;

	private final List<String> audience;

	JwtAudience(JwtDecoder decoder, List<String> audience) {
		if (audience.isEmpty()) {
			throw new IllegalStateException("JWTs of spring.security.oauth2.resourceserver.jwt.issuer-uri are accepted "
					+ "only for a configured audience: set platform.web.api.audience (PLATFORM_WEB_API_AUDIENCE) to "
					+ "the client id(s) the API's tokens are issued to or for (their aud or azp claim)");
		}
		this.decoder = decoder;
		this.audience = List.copyOf(audience);
	}

	@Override
	public Jwt decode(String token) {
		Jwt jwt = decoder.decode(token);
		List<String> aud = jwt.getAudience() == null ? List.of() : jwt.getAudience();
		boolean ours = aud.stream().anyMatch(audience::contains) || audience.contains(jwt.getClaimAsString("azp"));
		if (!ours) {
			throw new BadJwtException("The token was issued for another client");
		}
		return jwt;
	}

}
