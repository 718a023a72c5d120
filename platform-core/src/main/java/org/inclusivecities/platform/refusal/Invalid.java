package org.inclusivecities.platform.refusal;

/** A value the domain does not accept (400), on the named field, with a message key saying what is wrong. */
public abstract non-sealed class Invalid extends Refusal {

	private final String field;

	protected Invalid(String message, String field, String messageKey, Object... args) {
		super(message, messageKey, args);
		this.field = field;
	}

	/** The field (form field, JSON property or query parameter) at fault, or {@code null} for the whole input. */
	public String field() {
		return field;
	}

	/** The message key saying what is wrong with the field. */
	public String messageKey() {
		return reasonKey();
	}

}
