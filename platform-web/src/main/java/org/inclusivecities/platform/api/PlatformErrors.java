package org.inclusivecities.platform.api;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.layout.Refusals;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error path, for what never reached a controller's advice (unknown paths, methods no route has, media types
 * no route takes, failures in filters): under {@code /api/} an RFC 9457 problem+json, elsewhere the friendly page
 * of the status; a database that does not answer is 503 with {@code Retry-After} on both.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // no error path without a server
@RequestMapping("${server.error.path:${error.path:/error}}")
class PlatformErrors extends AbstractErrorController {

	PlatformErrors(ErrorAttributes errorAttributes, List<ErrorViewResolver> resolvers) {
		super(errorAttributes, resolvers);
	}

	@RequestMapping
	Object error(HttpServletRequest request, HttpServletResponse response) {
		boolean unavailable = Refusals
			.databaseUnavailable((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
		HttpStatus status = unavailable ? HttpStatus.SERVICE_UNAVAILABLE : getStatus(request);
		if (api(request)) {
			if (unavailable) {
				return ApiProblems.unavailableProblem();
			}
			ProblemDetail problem = ApiProblems.problem(status, status.getReasonPhrase(), detail(status));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		if (unavailable) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Refusals.RETRY_AFTER_SECONDS);
		}
		response.setStatus(status.value());
		Map<String, Object> model = getErrorAttributes(request, ErrorAttributeOptions.defaults());
		ModelAndView page = resolveErrorView(request, response, status, model);
		return page != null ? page : new ModelAndView(status.is4xxClientError() ? "error/4xx" : "error/5xx", status);
	}

	private static boolean api(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri instanceof String s ? s.substring(Math.min(s.length(), request.getContextPath().length()))
				: "";
		return path.startsWith("/api/");
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "No such resource, or not one you can see.";
			case METHOD_NOT_ALLOWED -> "This resource does not accept this method.";
			case NOT_ACCEPTABLE -> "This resource cannot answer in the media type asked for.";
			case UNSUPPORTED_MEDIA_TYPE -> "This resource does not accept a body of this media type.";
			case CONTENT_TOO_LARGE -> "The request body is too large.";
			default -> status.is5xxServerError()
					? "Something went wrong on our side; nothing was half saved. Please try again later."
					: "The request could not be accepted as sent.";
		};
	}

}
