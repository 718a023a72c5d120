package org.inclusivecities.platform.members.web;

import org.inclusivecities.platform.people.MemberNotFound;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** A member id that is not a member of this city is as unknown as a foreign city: 404. */
@ControllerAdvice(assignableTypes = MembersController.class)
class PeopleErrors {

	@ExceptionHandler(MemberNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound() {
		return new ModelAndView("error/404");
	}

}
