package org.inclusivecities.platform.accreditation.admin;

import java.util.Locale;

import org.inclusivecities.platform.request.InvalidRequestTransition;
import org.inclusivecities.platform.request.RequestErrors.ConditionAlreadyMet;
import org.inclusivecities.platform.request.RequestErrors.ConditionNotFound;
import org.inclusivecities.platform.request.RequestErrors.RequestNotFound;
import org.inclusivecities.platform.request.RequestErrors.RuleBroken;
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
		DecisionController.class, ConditionController.class, SeatControlController.class,
		ConflictCheckController.class })
class AccreditationAdminErrors {

	private final MessageSource messages;

	private final Names names;

	private final Wording wording;

	AccreditationAdminErrors(MessageSource messages, Names names, Wording wording) {
		this.messages = messages;
		this.names = names;
		this.wording = wording;
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

	/** A step that would leave a seat breaking a hard rule (e.g. confirming a reviewer who joined the city since). */
	@ExceptionHandler(RuleBroken.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView ruleBroken(RuleBroken e, Locale locale) {
		String who = e.reviewerId() == null ? "" : names.of(java.util.Set.of(e.reviewerId()), java.util.Set.of())
			.person(e.reviewerId());
		return conflict(messages.getMessage("reviewAdmin.conflict.rule",
				new Object[] { who, wording.rule(e.ruleId(), locale) }, locale));
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
