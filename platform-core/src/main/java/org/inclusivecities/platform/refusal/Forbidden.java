package org.inclusivecities.platform.refusal;

/**
 * The person is known but may not do this (403). Inside a city the convention is 404 instead, so nobody learns
 * what another city holds: there, refuse with a {@link NotFound}.
 */
public abstract non-sealed class Forbidden extends Refusal {

	protected Forbidden(String message) {
		super(message, null);
	}

	protected Forbidden(String message, String reasonKey, Object... args) {
		super(message, reasonKey, args);
	}

}
