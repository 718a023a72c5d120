package org.inclusivecities.platform.accreditation.pool;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.pool.InvalidPoolEntry;
import org.inclusivecities.platform.pool.NominationNotFound;
import org.inclusivecities.platform.pool.TieNotFound;
import org.inclusivecities.platform.pool.NotAllowed;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The pool's domain refusals on its pages: a nomination of another city is as unknown as a foreign city (404); a
 * change the service refuses to this actor is 403; an entry the domain rejects despite the form checks is 400.
 */
@ControllerAdvice(assignableTypes = { ReviewerPoolController.class, NominateController.class,
		NominationController.class, OwnConflictsController.class })
class PoolErrorPages {

	@ExceptionHandler({ NominationNotFound.class, TieNotFound.class })
	String notFound(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return "error/404";
	}

	@ExceptionHandler(NotAllowed.class)
	String forbidden(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return "error/403";
	}

	@ExceptionHandler(InvalidPoolEntry.class)
	String badRequest(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return "error/4xx";
	}

}
