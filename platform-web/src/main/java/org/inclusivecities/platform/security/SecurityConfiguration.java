package org.inclusivecities.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** Who may reach what: public pages for all, workspaces for members, /admin for the secretariat. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain web(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/admin/**").hasRole("NETWORK_ADMIN")
			.requestMatchers("/my/**").authenticated()
			.requestMatchers(HttpMethod.GET, "/cities/**", "/api/v1/cities/**", "/v3/api-docs/**", "/swagger-ui/**").permitAll()
			.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/login").permitAll())
			.logout(Customizer.withDefaults());
		return http.build();
	}

	/** Spring Security's delegating encoder: bcrypt today, upgradeable tomorrow. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
