package org.inclusivecities.platform.layout;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Parameters Tomcat cannot read (invalid UTF-8 such as {@code q=%ED%A0%80} in a query string, a multipart body
 * that is cut short or names a file with a NUL byte) make every later {@code getParameter} throw, first in a
 * security filter, which turned them into 500s; bracketed names that are no list index ({@code email[$ne]=x})
 * made the binder throw. Before any other filter this one reads the parameters once; when
 * that fails the request is a 400, answered by the error path (problem+json under {@code /api/}, the friendly page
 * elsewhere), which then sees no parameters at all. Bodies over the upload limits are left to
 * {@code OversizedUploadFilter}, which shows the join form again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UnreadableRequestFilter extends OncePerRequestFilter {

	private static final Pattern INDEXED = Pattern.compile("[^\\[\\]]*(\\[\\d{1,3}\\][^\\[\\]]*)*");

	/** Marks a request whose parameters cannot be read: its error page is rendered without any. */
	static final String UNREADABLE = UnreadableRequestFilter.class.getName() + ".UNREADABLE";

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			chain.doFilter(request.getAttribute(UNREADABLE) != null ? new NoParameters(request) : request, response);
			return;
		}
		boolean unreadable;
		try {
			unreadable = request.getParameterMap().keySet().stream().anyMatch(UnreadableRequestFilter::bracketed);
		}
		catch (RuntimeException ex) {
			unreadable = !UploadLimits.exceeded(ex);
		}
		if (unreadable) {
			request.setAttribute(UNREADABLE, Boolean.TRUE);
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * A name with a bracket that is not a list index ({@code email[$ne]}, {@code languages[x]}): no form of the
	 * platform has one, and the binder answers them with exceptions of its own.
	 */
	static boolean bracketed(String name) {
		return name.indexOf('[') >= 0 && !INDEXED.matcher(name).matches();
	}

	/** The request without parameters, so the error page renders without touching what could not be read. */
	static final class NoParameters extends HttpServletRequestWrapper {

		NoParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.emptyMap();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

}
