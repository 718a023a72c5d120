package org.inclusivecities.platform.people;

import org.inclusivecities.platform.refusal.NotFound;

/** The invitation was already used or has expired (maps to 410 Gone); nothing was changed. */
public class InvitationNoLongerValid extends NotFound {

	/** Why the invitation cannot be used. */
	public enum Reason {
		USED, EXPIRED
	}

	private final Reason reason;

	public InvitationNoLongerValid(Reason reason) {
		super("Invitation " + reason.name().toLowerCase(java.util.Locale.ROOT), "people.invalid." + reason.name() + ".text");
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	@Override
	public boolean gone() {
		return true;
	}

	@Override
	public String titleKey() {
		return "people.invalid." + reason.name() + ".title";
	}

}
