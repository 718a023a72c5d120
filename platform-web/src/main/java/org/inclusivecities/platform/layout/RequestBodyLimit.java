package org.inclusivecities.platform.layout;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A body that is no upload (a form, JSON) may be at most {@code server.tomcat.max-http-form-post-size}, the one
 * documented limit for them (Tomcat applies it to forms itself; nothing limits JSON otherwise). A larger one is
 * refused before anything reads it: 413, answered by the error path (problem+json under {@code /api/}, the "too
 * large" page elsewhere), and nothing of it is stored. A body sent without a length (chunked) is counted as it is
 * read and refused the same way once it passes the limit. Uploads have their own limits
 * ({@code spring.servlet.multipart.*}, {@code OversizedUploadFilter}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

	private final long limit;

	RequestBodyLimit(@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize limit) {
		this.limit = limit.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
		if (type.startsWith("multipart/")) {
			chain.doFilter(request, response);
			return;
		}
		long length = request.getContentLengthLong();
		if (length > limit || (type.startsWith("application/x-www-form-urlencoded") && formTooLarge(request))) {
			// the error page must not read the form either (Tomcat would refuse it again, with a bare page)
			request.setAttribute(UnreadableRequestFilter.UNREADABLE, Boolean.TRUE);
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		if (length >= 0 || request.getHeader("Transfer-Encoding") == null) {
			chain.doFilter(request, response);
			return;
		}
		Counted counted = new Counted(request, limit);
		chain.doFilter(counted, response);
		if (counted.exceeded && !response.isCommitted()) {
			// whatever answered the cut-off body (a 400 from the JSON reader) makes way for the honest 413
			response.reset();
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		}
	}

	/** A form without a length: Tomcat reads it up to the same limit and says 413 when it stopped there. */
	private static boolean formTooLarge(HttpServletRequest request) {
		try {
			request.getParameterMap();
			return false;
		}
		catch (InvalidParameterException unreadable) {
			// any other reason is answered by UnreadableRequestFilter
			return unreadable.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
		}
	}

	/** The request whose body stops with an error once more than the limit was read. */
	static final class Counted extends HttpServletRequestWrapper {

		private final long limit;

		private boolean exceeded;

		private ServletInputStream body;

		Counted(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (body == null) {
				body = new Limited(super.getInputStream());
			}
			return body;
		}

		private final class Limited extends ServletInputStream {

			private final ServletInputStream in;

			private long read;

			Limited(ServletInputStream in) {
				this.in = in;
			}

			@Override
			public int read() throws IOException {
				int b = in.read();
				count(b < 0 ? 0 : 1);
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = in.read(buffer, offset, length);
				count(Math.max(n, 0));
				return n;
			}

			private void count(int n) throws IOException {
				read += n;
				if (read > limit) {
					exceeded = true;
					throw new IOException("Request body exceeds " + limit + " bytes");
				}
			}

			@Override
			public boolean isFinished() {
				return in.isFinished();
			}

			@Override
			public boolean isReady() {
				return in.isReady();
			}

			@Override
			public void setReadListener(ReadListener listener) {
				in.setReadListener(listener);
			}

		}

	}

}
