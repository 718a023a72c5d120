package org.inclusivecities.platform.join;

/** Why an application looks like a city the network already knows; see {@link DuplicateRule}. */
public enum DuplicateReason {

	/** The same name once case, accents and "Stad"/"City of" are set aside, in the same country. */
	SAME_NAME,
	/** Map positions within {@link DuplicateRule#NEARBY_KM} kilometres of each other. */
	NEARBY,
	/** The same contact address as an application or a city administrator of the other city. */
	SAME_CONTACT

}
