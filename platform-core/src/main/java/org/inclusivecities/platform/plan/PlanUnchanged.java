package org.inclusivecities.platform.plan;

/** Publishing refused: the draft is identical to the latest published version. */
public class PlanUnchanged extends RuntimeException {

	public PlanUnchanged() {
		super("Nothing changed since the latest published version");
	}

}
