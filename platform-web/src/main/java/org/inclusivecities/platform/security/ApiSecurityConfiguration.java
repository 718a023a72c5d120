package org.inclusivecities.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API ({@code /api/**}): stateless, no cookies, no CSRF; bearer tokens only (personal API tokens or
 * JWTs of the configured issuer), errors as problem+json. Public open-data reads stay open.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	SecurityFilterChain api(HttpSecurity http, ApiAuthenticationManagers managers, ApiProblemResponses problems)
			throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/v1/cities/**", "/api/v1/practices/**", "/api/v1/events/**",
						"/api/v1/accreditations/**")
				.permitAll()
				.requestMatchers("/api/v1/admin/**")
				.hasRole("NETWORK_ADMIN")
				.anyRequest()
				.authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.oauth2ResourceServer(resourceServer -> resourceServer.authenticationManagerResolver(managers)
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

}
