package org.inclusivecities.platform.plan;

/** Kinds of public recovery activity the charter names. */
public enum ActivityType {
	RECOVERY_WALK, RECOVERY_GAMES, BIKE_RIDE, RECOVERY_CAFE, MUTUAL_AID, EDUCATIONAL_CAMPAIGN, EMPLOYER_PROGRAMME,
	ANTI_DISCRIMINATION_POLICY, OTHER
}
