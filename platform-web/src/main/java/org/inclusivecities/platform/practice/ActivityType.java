package org.inclusivecities.platform.practice;

/** What kind of activity a practice is (from the Inclusive Cities action plan, step 2). */
public enum ActivityType {

	RECOVERY_WALK, RECOVERY_GAMES, BIKE_RIDE, RECOVERY_CAFE, MUTUAL_AID, EDUCATIONAL_CAMPAIGN, EMPLOYER_PROGRAMME,
	ANTI_DISCRIMINATION_POLICY, OTHER

}
