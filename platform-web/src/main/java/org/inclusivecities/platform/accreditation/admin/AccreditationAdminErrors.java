package org.inclusivecities.platform.accreditation.admin;

import java.util.Locale;

import org.inclusivecities.platform.request.InvalidRequestTransition;
import org.inclusivecities.platform.request.RequestErrors.ConditionAlreadyMet;
import org.inclusivecities.platform.request.RequestErrors.ConditionNotFound;
import org.inclusivecities.platform.request.RequestErrors.RequestNotFound;
import org.inclusivecities.platform.request.RequestErrors.SecretariatOnly;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The secretariat's accreditation errors as pages: unknown request 404, not the secretariat 403, a step the
 * request's status does not allow (or a concurrent change) 409 with the reason.
 */
@ControllerAdvice(assignableTypes = { AccreditationOverviewController.class, RequestDetailController.class,
		DecisionController.class, ConditionController.class })
class AccreditationAdminErrors {

	private final MessageSource messages;

	AccreditationAdminErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ RequestNotFound.class, ConditionNotFound.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound() {
		return new ModelAndView("accreditation/admin/not-found");
	}

	@ExceptionHandler(SecretariatOnly.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	ModelAndView forbidden() {
		return new ModelAndView("error/403");
	}

	@ExceptionHandler(NotNow.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView notNow(NotNow e, Locale locale) {
		String status = messages.getMessage("reviewAdmin.status." + e.status().name(), null, locale);
		return conflict(messages.getMessage("reviewAdmin.conflict." + e.step(), new Object[] { status }, locale));
	}

	@ExceptionHandler(ConditionAlreadyMet.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView alreadyMet(Locale locale) {
		return conflict(messages.getMessage("reviewAdmin.conflict.conditionMet", null, locale));
	}

	@ExceptionHandler({ InvalidRequestTransition.class, OptimisticLockingFailureException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView changedMeanwhile(Locale locale) {
		return conflict(messages.getMessage("reviewAdmin.conflict.changed", null, locale));
	}

	private static ModelAndView conflict(String reason) {
		ModelAndView page = new ModelAndView("accreditation/admin/conflict");
		page.addObject("reason", reason);
		return page;
	}

}
