package org.inclusivecities.platform.accreditation.reviewer;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.request.InvalidRequestTransition;
import org.inclusivecities.platform.request.RequestErrors.AlreadySubmitted;
import org.inclusivecities.platform.request.RequestErrors.NotYourInvitation;
import org.inclusivecities.platform.request.RequestErrors.RequestNotFound;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Refusals on the reviewer's pages: a request where the person holds no seat is 404 (it might as well not exist),
 * an action the seat no longer allows is 409 with the reason in words.
 */
@ControllerAdvice(assignableTypes = { MyReviewsController.class, ReviewActionsController.class })
class ReviewerErrorPages {

	@ExceptionHandler({ NotYourInvitation.class, RequestNotFound.class })
	String notFound(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return "error/404";
	}

	@ExceptionHandler(AlreadySubmitted.class)
	String alreadySubmitted(HttpServletResponse response, Model model) {
		return conflict(response, model, "reviewer.conflict.submitted");
	}

	@ExceptionHandler(ReviewActionsController.SeatClosed.class)
	String seatClosed(ReviewActionsController.SeatClosed ex, HttpServletResponse response, Model model) {
		return conflict(response, model, ex.reasonKey());
	}

	@ExceptionHandler({ InvalidRequestTransition.class, OptimisticLockingFailureException.class })
	String changed(HttpServletResponse response, Model model) {
		return conflict(response, model, "reviewer.conflict.changed");
	}

	private static String conflict(HttpServletResponse response, Model model, String reasonKey) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("reasonKey", reasonKey);
		return "accreditation/reviewer/conflict";
	}

}
