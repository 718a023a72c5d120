package org.inclusivecities.platform.plan.monitoring;

/** No indicator with that id in this city (404, whether it exists elsewhere or not). */
public class IndicatorNotFound extends RuntimeException {

	public IndicatorNotFound() {
		super("No such indicator");
	}

}
