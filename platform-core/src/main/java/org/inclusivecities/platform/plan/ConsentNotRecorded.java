package org.inclusivecities.platform.plan;

import org.inclusivecities.platform.refusal.Conflict;

/** There is no consent in force to withdraw (409): it was withdrawn already, or never recorded. */
public class ConsentNotRecorded extends Conflict {

	public ConsentNotRecorded() {
		super("No consent in force", "plan.consent.error.noneInForce");
	}

}
