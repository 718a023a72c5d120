package org.inclusivecities.platform.city;

import org.inclusivecities.platform.refusal.Conflict;


/** A city lifecycle change that the lifecycle does not allow (maps to 409). */
public class InvalidCityTransition extends Conflict {

	private final CityStatus from;

	private final CityStatus to;

	public InvalidCityTransition(String slug, CityStatus from, CityStatus to) {
		super("City " + slug + " cannot move from " + from + " to " + to, "refusal.city.transition",
				from.name(), to.name());
		this.from = from;
		this.to = to;
	}

	public CityStatus from() {
		return from;
	}

	public CityStatus to() {
		return to;
	}

}
