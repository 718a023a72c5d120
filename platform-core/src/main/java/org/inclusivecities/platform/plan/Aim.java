package org.inclusivecities.platform.plan;

/** What an activity sets out to achieve; indicators measure progress per aim. */
public enum Aim {
	MAKE_RECOVERY_VISIBLE, CELEBRATE_RECOVERY, NEW_CONNECTIONS, RECOVERY_IS_POSSIBLE, ENGAGE_PUBLIC_CHALLENGE_STIGMA,
	ENGAGE_POLICY_PRACTICE, COMMUNITY_WELLBEING
}
