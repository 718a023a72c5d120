package org.inclusivecities.platform.people;

import org.inclusivecities.platform.refusal.NotFound;

/** No invitation with that token (maps to 404). */
public class InvitationNotFound extends NotFound {

	public InvitationNotFound() {
		super("No such invitation", "people.invalid.UNKNOWN.text");
	}

	@Override
	public String titleKey() {
		return "people.invalid.UNKNOWN.title";
	}

}
