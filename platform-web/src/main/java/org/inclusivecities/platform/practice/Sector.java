package org.inclusivecities.platform.practice;

/** The community sector a practice works with. */
public enum Sector {

	EMPLOYMENT, HOUSING, WELFARE, HEALTH, EDUCATION, CULTURE, JUSTICE

}
