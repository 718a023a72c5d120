package org.inclusivecities.platform.plan.monitoring;

import java.time.Instant;

import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.Texts;

/** The secretariat's answer to a submitted report: accepted, or to complete, with feedback (required then). */
public record ReportReview(boolean accepted, String feedback, String reviewerName, Instant at) {

	public ReportReview {
		feedback = accepted ? Texts.clean("feedback", feedback, Texts.LONG)
				: Texts.required("feedback", feedback, Texts.LONG);
	}

}
