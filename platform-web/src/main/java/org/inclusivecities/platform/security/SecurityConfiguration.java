package org.inclusivecities.platform.security;

import org.inclusivecities.platform.directory.MapProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/** Who may reach what: public pages for all, workspaces for members, /admin for the secretariat. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain web(HttpSecurity http, SignInThrottle throttle, OidcAccounts oidcAccounts,
			ObjectProvider<ClientRegistrationRepository> clientRegistrations, MapProperties map) throws Exception {
		SignInThrottleFilter throttling = new SignInThrottleFilter(throttle);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/admin/**").hasRole("NETWORK_ADMIN")
			.requestMatchers("/my/**").authenticated()
			.requestMatchers(HttpMethod.GET, "/cities/**", "/api/v1/cities/**", "/v3/api-docs/**", "/swagger-ui/**").permitAll()
			.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/login")
				.failureHandler(throttling.failureHandler())
				.successHandler(throttling.successHandler())
				.permitAll())
			.addFilterBefore(throttling, UsernamePasswordAuthenticationFilter.class)
			// reset links carry their secret in the path: never let it leave in a Referer header
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.contentSecurityPolicy(csp -> csp.policyDirectives(BrowserHeaders.contentSecurityPolicy(map)))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", BrowserHeaders.PERMISSIONS_POLICY)))
			// HSTS: Spring Security's default, on every response served over HTTPS (max-age one year, subdomains)
			// RFC 8058 one-click unsubscribe: mail clients POST without a CSRF token; the secret token in the path
			// authorises it, so exactly that path is exempt; so is an upload too large to read (refused with 413 unread).
			// A token in the query string is refused (FormOrHeaderCsrfTokens): forms carry it in their body
			.csrf(csrf -> csrf.csrfTokenRequestHandler(new FormOrHeaderCsrfTokens())
				.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/unsubscribe/{token}"),
						request -> request.getAttribute(FormOrHeaderCsrfTokens.UNREAD_OVERSIZED_UPLOAD) != null))
			.logout(Customizer.withDefaults());
		if (clientRegistrations.getIfAvailable() != null) {
			http.oauth2Login(oidc -> oidc.loginPage("/login")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccounts))
				.failureHandler(new OidcFailureHandler()));
		}
		return http.build();
	}

	/** Spring Security's delegating encoder: bcrypt today, upgradeable tomorrow. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
