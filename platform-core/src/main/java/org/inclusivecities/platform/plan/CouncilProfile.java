package org.inclusivecities.platform.plan;

/** Background a council member brings to the table (the charter lists these as examples). */
public enum CouncilProfile {
	PREVENTION_TREATMENT_WORKER, POLICY_MAKER, CITY_COUNCIL_MEMBER, SCIENTIST, EMPLOYER, CITIZEN,
	PERSON_IN_RECOVERY, FAMILY_MEMBER, OTHER;

	/** People in recovery and their families: the charter asks that they define the actions. */
	public boolean livedExperience() {
		return this == PERSON_IN_RECOVERY || this == FAMILY_MEMBER;
	}
}
