package org.inclusivecities.platform.accreditation.pool;

/** An unavailable period as typed (ISO dates, YYYY-MM-DD), checked by {@link NominationChecks}. */
record PeriodForm(String from, String to) {

	static PeriodForm empty() {
		return new PeriodForm("", "");
	}

}
