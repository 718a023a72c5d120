package org.inclusivecities.platform.plan;

/**
 * Whom the kick-off brought together, by stakeholder group: people in recovery and their families, the sectors of
 * the baseline, policy makers, and anyone else.
 */
public enum AttendeeGroup {

	PEOPLE_IN_RECOVERY, FAMILIES, EMPLOYMENT, HOUSING, WELFARE, HEALTH, EDUCATION, CULTURE, JUSTICE, POLICY, OTHER

}
