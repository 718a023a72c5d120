package org.inclusivecities.platform.plan.monitoring;

import org.inclusivecities.platform.refusal.NotFound;

/** The plan schedules no activity with that id in the report's year (404). */
public class PlannedActivityNotFound extends NotFound {

	public PlannedActivityNotFound(String activityId) {
		super("No planned activity " + activityId + " in the report's year");
	}

}
