package org.inclusivecities.platform.directory;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Caching of the public directory: ETags (304 on If-None-Match) and a short max-age for anonymous GETs of
 * the public routes only. Workspaces (/my) and the secretariat (/admin) are never mapped here, so they keep
 * Spring Security's no-store headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MapProperties.class)
class PublicCaching {

	/** Pages depend on the reader's language (cookie or Accept-Language): private caches only. */
	static final CacheControl PAGES = CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate();

	/** Open data is the same for everyone. */
	static final CacheControl DATA = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private static final String[] PAGE_ROUTES = { "/cities", "/cities/*" };

	private static final String[] DATA_ROUTES = { "/cities.csv", "/sitemap.xml", "/robots.txt", "/api/v1/cities",
			"/api/v1/cities/*" };

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtags() {
		// weak: the same page is sent compressed or not, and Tomcat compresses no response with a strong ETag
		ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();
		etags.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
		registration.addUrlPatterns(PAGE_ROUTES);
		registration.addUrlPatterns(DATA_ROUTES);
		registration.setName("publicEtags");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> publicPageCaching() {
		return cacheFor("publicPageCaching", new AnonymousGetCaching(PAGES, "Accept-Language, Cookie"), PAGE_ROUTES);
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> publicDataCaching() {
		return cacheFor("publicDataCaching", new AnonymousGetCaching(DATA, null), DATA_ROUTES);
	}

	private static FilterRegistrationBean<OncePerRequestFilter> cacheFor(String name, AnonymousGetCaching filter,
			String... routes) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(routes);
		registration.setName(name);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
		return registration;
	}

	/**
	 * Sets Cache-Control on anonymous GETs before the chain runs (Spring Security keeps a header already set);
	 * errors are not cached.
	 */
	static final class AnonymousGetCaching extends OncePerRequestFilter {

		private final CacheControl cacheControl;

		private final String vary;

		/** {@code vary}: the request headers the response depends on, or null. */
		AnonymousGetCaching(CacheControl cacheControl, String vary) {
			this.cacheControl = cacheControl;
			this.vary = vary;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			boolean anonymous = request.getSession(false) == null && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
			if (anonymous && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl.getHeaderValue());
				if (vary != null) {
					response.addHeader(HttpHeaders.VARY, vary);
				}
			}
			chain.doFilter(request, response);
			if (anonymous && response.getStatus() >= 400 && !response.isCommitted()) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
			}
		}

	}

}
