package org.inclusivecities.platform.pool;

/** Why a reviewer must not review a city. */
public enum ConflictKind {

	/** The reviewer works or worked for the city (or an organisation in it). */
	WORKED_FOR,
	/** The reviewer's own city is twinned with it. */
	TWINNED,
	/** Family, friendship, funding or anything else declared with a note. */
	OTHER

}
