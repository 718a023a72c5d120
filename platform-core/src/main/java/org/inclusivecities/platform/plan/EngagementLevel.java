package org.inclusivecities.platform.plan;

/** How far a stakeholder is engaged (the public participation spectrum). */
public enum EngagementLevel {
	INFORM, CONSULT, INVOLVE, COLLABORATE, EMPOWER
}
