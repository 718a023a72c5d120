package org.inclusivecities.platform.events;

import org.inclusivecities.platform.refusal.Invalid;

/** A calendar filter or page parameter with a value the calendar does not accept. */
public class InvalidCalendarQuery extends Invalid {

	InvalidCalendarQuery(String parameter, String messageKey, String message) {
		super(message, parameter, messageKey);
	}

	public String parameter() {
		return field();
	}

}
