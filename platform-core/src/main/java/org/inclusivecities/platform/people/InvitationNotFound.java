package org.inclusivecities.platform.people;

/** No invitation with that token (maps to 404). */
public class InvitationNotFound extends RuntimeException {

	public InvitationNotFound() {
		super("No such invitation");
	}

}
