package org.inclusivecities.platform.practice;

import org.inclusivecities.platform.refusal.Invalid;

/** A value of an adoption the library does not accept (400), on its field: an indicator of another city, say. */
public class InvalidAdoption extends Invalid {

	public InvalidAdoption(String field, String messageKey) {
		super("Invalid adoption field " + field, field, messageKey);
	}

}
