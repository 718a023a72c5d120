package org.inclusivecities.platform.accreditation.web;

/** The city's appeal against a decision: why the decision should be reviewed again. */
record AppealForm(String reason) {

	static AppealForm empty() {
		return new AppealForm("");
	}

}
