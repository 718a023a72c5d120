package org.inclusivecities.platform.plan.monitoring;

import org.inclusivecities.platform.refusal.Conflict;

/** A submitted yearly report is final (409). */
public class ReportAlreadySubmitted extends Conflict {

	public ReportAlreadySubmitted(int year) {
		super("The report for " + year + " was already submitted", "refusal.report.submitted", String.valueOf(year));
	}

}
