package org.inclusivecities.platform.join.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.inclusivecities.platform.api.ApiProblems;
import org.inclusivecities.platform.people.Language;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request too large for the multipart limits never reaches a controller (the container refuses to
 * parse it), so no field survives. The join form is shown again with a clear message on the file; any
 * other upload gets the friendly 413 page, and the API a 413 problem.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

	private final MessageSource messages;

	private final Clock clock;

	UploadTooLarge(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	Object tooLarge(HttpServletRequest request, Locale locale) {
		if (request.getServletPath().startsWith("/api/")) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
				.body(ApiProblems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "Too large", "The request body is too large."));
		}
		if (!"/join".equals(request.getServletPath())) {
			return new ModelAndView("join/too-large");
		}
		ModelAndView view = new ModelAndView("join/form");
		view.addObject(JoinController.FORM, JoinForm.empty(Language.of(locale)));
		view.addObject("errors", Map.of("charter", messages.getMessage("join.error.charter.size", null, locale)));
		view.addObject("tooLarge", true);
		view.addObject("countries", JoinChoices.countries(locale));
		view.addObject("languageChoices", JoinChoices.languages(locale));
		view.addObject("maxDate", LocalDate.now(clock));
		view.addObject("contactLanguages", Language.values());
		return view;
	}

}
