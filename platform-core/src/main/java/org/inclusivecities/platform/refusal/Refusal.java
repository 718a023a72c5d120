package org.inclusivecities.platform.refusal;

/**
 * Why the platform refuses a request, as a kind the web edge maps once per surface: {@link NotFound} (404, or 410
 * when gone for good), {@link Conflict} (409 with a reason), {@link Invalid} (400 on a field) and
 * {@link Forbidden} (403). Every domain exception extends one of the four; an architecture test refuses any other
 * unchecked exception in the platform's packages.
 * <p>
 * The reason is a message key (with arguments) resolved in the reader's language; a refusal without one shows its
 * kind's default text. Arguments that are themselves message keys can be passed as
 * {@code MessageSourceResolvable}s.
 */
public abstract sealed class Refusal extends RuntimeException permits NotFound, Conflict, Invalid, Forbidden {

	private static final Object[] NO_ARGS = {};

	private final String reasonKey;

	private final transient Object[] args;

	Refusal(String message, String reasonKey, Object... args) {
		super(message);
		this.reasonKey = reasonKey;
		this.args = args == null ? NO_ARGS : args.clone();
	}

	/** The message key of the reason shown to the reader, or {@code null} for the kind's default text. */
	public String reasonKey() {
		return reasonKey;
	}

	/** The arguments of {@link #reasonKey()}. */
	public Object[] args() {
		return args == null ? NO_ARGS : args.clone();
	}

	/** The message key of the page's title, or {@code null} for the kind's default title. */
	public String titleKey() {
		return null;
	}

}
