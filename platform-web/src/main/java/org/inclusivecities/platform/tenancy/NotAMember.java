package org.inclusivecities.platform.tenancy;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The city does not exist or the person is not a member (or lacks the role): both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotAMember extends RuntimeException {

	public NotAMember() {
		super("Not found");
	}

}
