package org.inclusivecities.platform.city;

import org.inclusivecities.platform.refusal.Invalid;

import java.util.List;

/** A city export that cannot be imported; nothing was written. */
public class ImportRejected extends Invalid {

	/** Why, in terms the web layer turns into messages. */
	public enum Reason {
		MALFORMED, WRONG_FORMAT, TOO_LARGE, CITY_EXISTS, INVALID_CONTENT
	}

	private final Reason reason;

	private final List<String> details;

	public ImportRejected(Reason reason, List<String> details) {
		super(reason + " " + details, "file",
				"portability.import.error." + reason.name().toLowerCase(java.util.Locale.ROOT));
		this.reason = reason;
		this.details = List.copyOf(details);
	}

	public Reason reason() {
		return reason;
	}

	public List<String> details() {
		return details;
	}

}
