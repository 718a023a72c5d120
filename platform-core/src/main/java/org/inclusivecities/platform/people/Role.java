package org.inclusivecities.platform.people;

/** What a person may do within one city. NETWORK_ADMIN (the secretariat) is global, see {@link Person}. */
public enum Role {

	/** Runs the city's workspace: members, invitations, the plan, accreditation requests. */
	CITY_ADMIN,
	/** Member of the city's Inclusive Cities council: edits the plan. */
	COUNCIL_MEMBER,
	/** Reviews other cities for accreditation. */
	REVIEWER

}
