package org.inclusivecities.platform.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.database.DatabaseBreaker;
import org.inclusivecities.platform.database.DatabaseUnavailable;
import org.inclusivecities.platform.layout.Refusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is away, a request that fails in a filter, before any controller (loading the session or an
 * API token), gets a fast, honest 503 with {@code Retry-After}: the API an RFC 9457 problem+json, a page the "briefly
 * unavailable, nothing you entered was lost" error page ({@code error/503}). It is the very first filter, so the
 * error dispatch never loads the failing session again. Controllers' failures are answered by the one mapping per
 * surface ({@code ErrorPages}, {@code ApiProblems}). Either way the {@link DatabaseBreaker} learns of the failure, so the
 * rest of the request does not wait for the database again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailableHandling extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableHandling.class);

	private static final byte[] PROBLEM = """
			{"type":"about:blank","title":"Service briefly unavailable","status":503,\
			"detail":"The database is briefly unavailable. Nothing was changed; please try again in a minute."}"""
		.getBytes(StandardCharsets.UTF_8);

	private final DatabaseBreaker breaker;

	DatabaseUnavailableHandling(DatabaseBreaker breaker) {
		this.breaker = breaker;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (response.isCommitted() || !DatabaseUnavailable.isCauseOf(ex)) {
				throw ex;
			}
			// the error page and every other call of this request (and of others) now fail at once
			breaker.failed(ex);
			respond(request, response);
		}
	}

	private static void respond(HttpServletRequest request, HttpServletResponse response) throws IOException {
		// no path in the log: it may carry a token or a person's data
		log.warn("Database unavailable: {} answered 503", request.getMethod());
		response.resetBuffer();
		response.setHeader(HttpHeaders.RETRY_AFTER, Refusals.RETRY_AFTER_SECONDS);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getOutputStream().write(PROBLEM);
		}
		else {
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}

}
