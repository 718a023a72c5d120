package org.inclusivecities.platform.layout;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The site's base URL for every absolute link (mails, profiles, sitemap, robots.txt, feeds, certificates). A
 * request's Host header can be forged, so it is used only when its host is one of
 * {@code platform.web.allowed-hosts}; {@code platform.web.base-url}, when set, is used always. Without either, the
 * embedded (demo) database allows only {@code localhost}, and a real database ({@code spring.mongodb.uri}) stops the
 * start with a message saying what to set.
 */
@Component
public class SiteUrl {

	static final List<String> LOCAL_HOSTS = List.of("localhost", "127.0.0.1", "[::1]");

	private final String configured;

	private final List<String> allowedHosts;

	SiteUrl(SiteProperties properties, Environment environment) {
		this.configured = properties.baseUrl() == null ? "" : properties.baseUrl().strip().replaceAll("/+$", "");
		List<String> hosts = properties.allowedHosts() == null ? List.of()
				: properties.allowedHosts().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
		if (configured.isEmpty() && hosts.isEmpty() && !environment.getProperty("spring.mongodb.uri", "").isBlank()) {
			throw new SiteUrlNotConfigured();
		}
		this.allowedHosts = hosts.isEmpty() ? LOCAL_HOSTS : hosts;
	}

	/** The base URL (no trailing slash) for links made while answering the current request. */
	public String current() {
		if (!configured.isEmpty()) {
			return configured;
		}
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		if (allowedHosts.contains(String.valueOf(request.getServerName()).toLowerCase(Locale.ROOT))) {
			return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
		}
		// a host nobody configured: never echo it, link to the first allowed one on this server's own port
		return UriComponentsBuilder.newInstance()
			.scheme(request.isSecure() ? "https" : "http")
			.host(allowedHosts.getFirst())
			.port(defaultPort(request) ? -1 : request.getLocalPort())
			.path(request.getContextPath())
			.build()
			.toUriString();
	}

	/** The current request's path and query on {@link #current()}, e.g. for the links of an API page. */
	public UriComponentsBuilder currentRequest() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return UriComponentsBuilder.fromUriString(current())
			.path(request.getRequestURI().substring(request.getContextPath().length()))
			.query(request.getQueryString());
	}

	/**
	 * The base URL when it is known: configured, or from the current request; empty in background jobs
	 * (scheduled mails) when {@code platform.web.base-url} is not set.
	 */
	public String ifKnown() {
		if (!configured.isEmpty()) {
			return configured;
		}
		return RequestContextHolder.getRequestAttributes() == null ? "" : current();
	}

	private static boolean defaultPort(HttpServletRequest request) {
		int port = request.getLocalPort();
		return port <= 0 || (request.isSecure() ? port == 443 : port == 80);
	}

}
