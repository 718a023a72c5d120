package org.inclusivecities.platform.people;

/** The invitation was already used or has expired (maps to 410 Gone); nothing was changed. */
public class InvitationNoLongerValid extends RuntimeException {

	/** Why the invitation cannot be used. */
	public enum Reason {
		USED, EXPIRED
	}

	private final Reason reason;

	public InvitationNoLongerValid(Reason reason) {
		super("Invitation " + reason.name().toLowerCase(java.util.Locale.ROOT));
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
