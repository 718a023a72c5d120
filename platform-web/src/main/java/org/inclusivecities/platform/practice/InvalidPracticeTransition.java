package org.inclusivecities.platform.practice;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A moderation step that the practice's current state does not allow (409). */
@ResponseStatus(HttpStatus.CONFLICT)
public class InvalidPracticeTransition extends RuntimeException {

	public InvalidPracticeTransition(String message) {
		super(message);
	}

}
