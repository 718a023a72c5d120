package org.inclusivecities.platform.plan.monitoring;

/** A submitted yearly report is final (409). */
public class ReportAlreadySubmitted extends RuntimeException {

	public ReportAlreadySubmitted(int year) {
		super("The report for " + year + " was already submitted");
	}

}
