package org.inclusivecities.platform.layout;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.database.DatabaseBreaker;
import org.inclusivecities.platform.refusal.Invalid;
import org.inclusivecities.platform.refusal.Refusal;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one mapping of refusals to pages, for every HTML controller: a friendly page in the reader's language with
 * the status of the refusal's kind (404/410, 409 with the reason, 400 with the field's message, 403), and a 503
 * page while the database does not answer. API controllers are answered first by {@code ApiProblems}.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

	private final Refusals refusals;

	private final DatabaseBreaker breaker;

	ErrorPages(Refusals refusals, DatabaseBreaker breaker) {
		this.refusals = refusals;
		this.breaker = breaker;
	}

	@ExceptionHandler({ Refusal.class, OptimisticLockingFailureException.class, InvalidPropertyException.class,
			MultipartException.class })
	ModelAndView refused(Exception ex, HttpServletRequest request, Locale locale) {
		Refusal refusal = Refusals.of(ex);
		HttpStatus status = Refusals.status(refusal);
		ModelAndView page = new ModelAndView("error/refusal", status);
		page.addObject("title", refusals.title(refusal, locale));
		page.addObject("reason", refusals.reason(refusal, locale));
		page.addObject("field", refusal instanceof Invalid invalid ? invalid.field() : null);
		page.addObject("back", back(request));
		return page;
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, com.mongodb.MongoTimeoutException.class,
			com.mongodb.MongoSocketException.class })
	ModelAndView unavailable(Exception ex, HttpServletResponse response) {
		breaker.failed(ex);
		response.setHeader(HttpHeaders.RETRY_AFTER, Refusals.RETRY_AFTER_SECONDS);
		return new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
	}

	/** The page the reader came from on this site (path only: never another host), to go back and try again. */
	private static String back(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")
					|| (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName()))) {
				return null;
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
