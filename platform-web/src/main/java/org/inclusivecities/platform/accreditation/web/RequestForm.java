package org.inclusivecities.platform.accreditation.web;

/** The city admin's accreditation request: the period in which the city can receive the reviewers (yyyy-mm-dd). */
record RequestForm(String reviewFrom, String reviewTo) {

	static RequestForm empty() {
		return new RequestForm("", "");
	}

}
