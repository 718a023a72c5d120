package org.inclusivecities.platform.people;

/** The invited email address belongs to someone who is already a member of the city. */
public class AlreadyMember extends RuntimeException {

	public AlreadyMember() {
		super("Already a member of this city");
	}

}
