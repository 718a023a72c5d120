package org.inclusivecities.platform.events;

/** A calendar filter or page parameter with a value the calendar does not accept. */
public class InvalidCalendarQuery extends RuntimeException {

	private final String parameter;

	private final String messageKey;

	InvalidCalendarQuery(String parameter, String messageKey, String message) {
		super(message);
		this.parameter = parameter;
		this.messageKey = messageKey;
	}

	public String parameter() {
		return parameter;
	}

	public String messageKey() {
		return messageKey;
	}

}
