package org.inclusivecities.platform.layout;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as the templates give them. Because the WebJars locator is on the class path, Spring
 * Boot enables the resource chain and Thymeleaf's auto-configuration registers a {@link ResourceUrlEncodingFilter},
 * which offers every {@code @{...}} link of every page to the static-resource resolvers (the static handler maps
 * {@code /**}); a link that is not a file (every page link) is looked up in the class path and, as a miss, never
 * cached. Measured: half of the CPU time of rendering {@code /cities}. No resource versioning strategy is
 * configured, so the filter rewrote nothing; disabling its registration makes Boot's back off. Version-less WebJar
 * URLs still resolve when they are served (the resource handler's own chain).
 */
@Configuration(proxyBeanMethods = false)
class LinkConfiguration {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
