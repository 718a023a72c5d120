package org.inclusivecities.platform.workspace;

import java.util.List;

/**
 * One line of a home page section: a message key with its arguments, and where to act on it ({@code href} null
 * for a line that only informs). {@code waiting} marks a line that asks the reader to do something.
 */
public record HomeLine(String messageKey, List<Object> args, String href, boolean waiting) {

	public HomeLine {
		args = List.copyOf(args);
	}

	/** A line saying what stands, linking to where it is seen. */
	public static HomeLine info(String messageKey, String href, Object... args) {
		return new HomeLine(messageKey, List.of(args), href, false);
	}

	/** A line asking the reader to act, linking straight to the action. */
	public static HomeLine action(String messageKey, String href, Object... args) {
		return new HomeLine(messageKey, List.of(args), href, true);
	}

}
