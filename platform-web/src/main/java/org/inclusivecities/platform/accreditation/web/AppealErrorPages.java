package org.inclusivecities.platform.accreditation.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.request.InvalidRequestTransition;
import org.inclusivecities.platform.request.RequestErrors.AppealNotAllowed;
import org.inclusivecities.platform.request.RequestErrors.RequestNotFound;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refusals on the appeal page: another city's (or an unknown) request is 404; an appeal the request does not allow
 * (not decided, appeal used, changed meanwhile) is 409 with the reason in words.
 */
@ControllerAdvice(assignableTypes = AppealController.class)
class AppealErrorPages {

	@ExceptionHandler(RequestNotFound.class)
	String notFound(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return "error/404";
	}

	@ExceptionHandler(AppealNotAllowed.class)
	String notAllowed(AppealNotAllowed refused, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		String key = refused.getMessage().startsWith("review.appeal.") ? refused.getMessage()
				: "review.appeal.conflict.used";
		return conflict(request, response, model, key);
	}

	@ExceptionHandler({ InvalidRequestTransition.class, OptimisticLockingFailureException.class })
	String changed(HttpServletRequest request, HttpServletResponse response, Model model) {
		return conflict(request, response, model, "review.appeal.conflict.undecided");
	}

	private static String conflict(HttpServletRequest request, HttpServletResponse response, Model model,
			String reasonKey) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("reasonKey", reasonKey);
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path
				&& path.get("slug") instanceof String slug) {
			model.addAttribute("slug", slug);
		}
		return "accreditation/appeal-conflict";
	}

}
