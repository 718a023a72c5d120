package org.inclusivecities.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * {@code /actuator}: health and info for probes and anyone; the Prometheus metrics only for a scraper presenting
 * {@code Authorization: Bearer <platform.web.metrics.token>} (constant-time compare). Without a token configured,
 * nobody reads the metrics over HTTP. Stateless, no cookies, 401 without a redirect to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 5)
	SecurityFilterChain actuator(HttpSecurity http, @Value("${platform.web.metrics.token:}") String token)
			throws Exception {
		byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.access((authentication, context) -> new AuthorizationDecision(
						!token.isBlank() && presents(context.getRequest(), expected)))
				.anyRequest()
				.denyAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
				.accessDeniedHandler((request, response, denied) -> response.sendError(HttpStatus.UNAUTHORIZED.value())));
		return http.build();
	}

	private static boolean presents(HttpServletRequest request, byte[] expected) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8), expected);
	}

}
