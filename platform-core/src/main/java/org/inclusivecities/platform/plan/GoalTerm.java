package org.inclusivecities.platform.plan;

public enum GoalTerm {
	SHORT_TERM, LONG_TERM
}
