package org.inclusivecities.platform.plan;

import java.util.List;

/** Content that breaks a rule of the plan (e.g. an end before its start); names the field and a message key. */
public class InvalidPlanContent extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient List<Object> args;

	public InvalidPlanContent(String field, String messageKey, Object... args) {
		super("Invalid " + field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public List<Object> args() {
		return args;
	}

}
