package org.inclusivecities.platform.plan;

/** Influence or interest of a stakeholder. */
public enum Level {
	LOW, MEDIUM, HIGH
}
