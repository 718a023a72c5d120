package org.inclusivecities.platform.plan.monitoring;

import org.inclusivecities.platform.refusal.NotFound;

/** No indicator with that id in this city (404, whether it exists elsewhere or not). */
public class IndicatorNotFound extends NotFound {

	public IndicatorNotFound() {
		super("No such indicator");
	}

}
