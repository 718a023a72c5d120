package org.inclusivecities.platform.scoring;

/** A reviewer's overall recommendation, and the secretariat's decision outcome. */
public enum Recommendation {

	ACCREDIT, ACCREDIT_WITH_CONDITIONS, NOT_YET

}
