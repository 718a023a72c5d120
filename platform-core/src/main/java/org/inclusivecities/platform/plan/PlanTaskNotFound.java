package org.inclusivecities.platform.plan;

import org.inclusivecities.platform.refusal.NotFound;

/** The city has no task with that id (404). */
public class PlanTaskNotFound extends NotFound {

	public PlanTaskNotFound() {
		super("No such task");
	}

}
