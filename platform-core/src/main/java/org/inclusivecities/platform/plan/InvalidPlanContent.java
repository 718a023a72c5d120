package org.inclusivecities.platform.plan;

import org.inclusivecities.platform.refusal.Invalid;

/** Content that breaks a rule of the plan (e.g. an end before its start); names the field and a message key. */
public class InvalidPlanContent extends Invalid {

	public InvalidPlanContent(String field, String messageKey, Object... args) {
		super("Invalid " + field + ": " + messageKey, field, messageKey, args);
	}

}
