package org.inclusivecities.platform.join.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.layout.UploadLimits;

import org.inclusivecities.platform.security.FormOrHeaderCsrfTokens;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tomcat refuses to parse a multipart request over the size limits, and from then on every
 * {@code getParameter} call throws, starting with Spring Security's CSRF check: the user would get a bare
 * error. Before security runs, this filter tries the parse once; when it fails, the request's parameters
 * become those of the query string only, the request is marked as needing no CSRF token (the token is in the
 * unreadable body; nothing of the request is stored), and it reaches Spring MVC, which reports
 * {@code MaxUploadSizeExceededException} to {@link UploadTooLarge}.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
class OversizedUploadFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			chain.doFilter(request, response);
			return;
		}
		try {
			request.getParameterMap();
			chain.doFilter(request, response);
		}
		catch (RuntimeException ex) {
			if (!UploadLimits.exceeded(ex)) {
				throw ex;
			}
			// nothing of it can be read, so nothing of it will be stored: it needs no CSRF token (in its body)
			request.setAttribute(FormOrHeaderCsrfTokens.UNREAD_OVERSIZED_UPLOAD, Boolean.TRUE);
			chain.doFilter(new QueryParametersOnly(request), response);
		}
	}

	/** The request with the parameters of its query string only. */
	static final class QueryParametersOnly extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters = new LinkedHashMap<>();

		QueryParametersOnly(HttpServletRequest request) {
			super(request);
			String query = request.getQueryString();
			if (query == null) {
				return;
			}
			Map<String, List<String>> values = new LinkedHashMap<>();
			for (String pair : query.split("&")) {
				int eq = pair.indexOf('=');
				try {
					String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
					String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
					values.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
				}
				catch (IllegalArgumentException ex) {
					// a malformed pair is no parameter
				}
			}
			values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
		}

		@Override
		public String getParameter(String name) {
			String[] values = parameters.get(name);
			return values == null ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.unmodifiableMap(parameters);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return parameters.get(name);
		}

	}

}
