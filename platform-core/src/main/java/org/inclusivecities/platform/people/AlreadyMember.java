package org.inclusivecities.platform.people;

import org.inclusivecities.platform.refusal.Invalid;

/** The invited email address belongs to someone who is already a member of the city. */
public class AlreadyMember extends Invalid {

	public AlreadyMember() {
		super("Already a member of this city", "email", "people.error.email.member");
	}

}
