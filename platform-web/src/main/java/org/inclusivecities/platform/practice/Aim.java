package org.inclusivecities.platform.practice;

/** The aims of recovery activities named by the action plan. */
public enum Aim {

	MAKE_RECOVERY_VISIBLE, CELEBRATE_RECOVERY, NEW_CONNECTIONS, RECOVERY_IS_POSSIBLE, ENGAGE_PUBLIC_CHALLENGE_STIGMA,
	ENGAGE_POLICY_PRACTICE, COMMUNITY_WELLBEING

}
