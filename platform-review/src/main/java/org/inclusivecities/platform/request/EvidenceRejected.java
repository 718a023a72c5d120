package org.inclusivecities.platform.request;

import org.inclusivecities.platform.refusal.Invalid;

/** An evidence upload that cannot be accepted; {@link #reason()} says why (a message key suffix at the web edge). */
public class EvidenceRejected extends Invalid {

	/** Why; {@link #onTitle()} tells whether the title or the file is at fault. */
	public enum Reason {

		TITLE_MISSING, TITLE_TOO_LONG, FILE_MISSING, TOO_LARGE, UNSUPPORTED_TYPE, TOO_MANY;

		public boolean onTitle() {
			return this == TITLE_MISSING || this == TITLE_TOO_LONG;
		}

	}

	private final Reason reason;

	public EvidenceRejected(Reason reason) {
		super("Evidence rejected: " + reason, reason.onTitle() ? "title" : "file",
				"review.evidence.error." + reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
