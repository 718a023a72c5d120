package org.inclusivecities.platform.plan;

/** Life domains where the baseline ("startfoto") records existing practices and gaps. */
public enum Sector {
	EMPLOYMENT, HOUSING, WELFARE, HEALTH, EDUCATION, CULTURE, JUSTICE
}
