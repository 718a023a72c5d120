package org.inclusivecities.platform.plan;

import org.inclusivecities.platform.refusal.Conflict;

/** Publishing refused: the draft is identical to the latest published version. */
public class PlanUnchanged extends Conflict {

	public PlanUnchanged() {
		super("Nothing changed since the latest published version", "plan.publish.unchanged");
	}

}
