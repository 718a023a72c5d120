package org.inclusivecities.platform.admin.web;

import org.inclusivecities.platform.join.ApplicationAlreadyDecided;
import org.inclusivecities.platform.join.ApplicationNotFound;
import org.inclusivecities.platform.city.InvalidCityTransition;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** The secretariat's errors as friendly pages: unknown application 404, deciding twice 409. */
@ControllerAdvice(assignableTypes = { AdminController.class, CharterDownload.class, OutboxController.class })
class AdminErrors {

	@ExceptionHandler({ ApplicationNotFound.class, OutboxController.OutboxMailNotFound.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound() {
		return new ModelAndView("admin/not-found");
	}

	@ExceptionHandler({ ApplicationAlreadyDecided.class, InvalidCityTransition.class,
			OptimisticLockingFailureException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView alreadyDecided() {
		return new ModelAndView("admin/already-decided");
	}

}
