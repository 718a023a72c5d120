package org.inclusivecities.platform.plan.monitoring;

/** How often an indicator is measured. */
public enum Frequency {
	MONTHLY, QUARTERLY, TWICE_A_YEAR, YEARLY, PER_ACTIVITY
}
