package org.inclusivecities.platform.practice;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such practice, or not one the asker may see: 404 either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PracticeNotFound extends RuntimeException {

	public PracticeNotFound() {
		super("Not found");
	}

}
