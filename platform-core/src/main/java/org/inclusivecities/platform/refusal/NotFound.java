package org.inclusivecities.platform.refusal;

/**
 * No such thing, or not one the asker may see: both are 404, so a foreign city's data is as unknown as data that
 * never existed. A thing that existed but can no longer be used says so with {@link #gone()} (410).
 */
public abstract non-sealed class NotFound extends Refusal {

	protected NotFound(String message) {
		super(message, null);
	}

	protected NotFound(String message, String reasonKey, Object... args) {
		super(message, reasonKey, args);
	}

	/** Whether the thing existed and is gone for good (410 instead of 404). */
	public boolean gone() {
		return false;
	}

}
