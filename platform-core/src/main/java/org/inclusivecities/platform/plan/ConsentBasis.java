package org.inclusivecities.platform.plan;

/** How a council member gave the consent that was recorded. */
public enum ConsentBasis {

	/** A signed form, a letter or an email the city keeps. */
	IN_WRITING,
	/** Said in person or on the phone to the one who recorded it. */
	IN_PERSON,
	/** The member, signed in with their own account, chose it themselves. */
	BY_THEMSELVES,
	/** Ticked as "name shown publicly" before consents were recorded; who and when were not kept. */
	BEFORE_RECORDS

}
