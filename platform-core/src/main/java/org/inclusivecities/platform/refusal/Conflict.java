package org.inclusivecities.platform.refusal;

/** The request is well formed but the current state does not allow it (409); the reason says why in words. */
public abstract non-sealed class Conflict extends Refusal {

	protected Conflict(String message, String reasonKey, Object... args) {
		super(message, reasonKey, args);
	}

}
