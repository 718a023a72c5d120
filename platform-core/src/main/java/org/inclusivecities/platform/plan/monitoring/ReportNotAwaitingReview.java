package org.inclusivecities.platform.plan.monitoring;

import org.inclusivecities.platform.refusal.Conflict;

/** Only a submitted report waits for the secretariat's answer (409): a draft, a returned or an accepted one does not. */
public class ReportNotAwaitingReview extends Conflict {

	public ReportNotAwaitingReview(int year) {
		super("The report for " + year + " is not waiting for a review", "refusal.report.notAwaiting",
				String.valueOf(year));
	}

}
