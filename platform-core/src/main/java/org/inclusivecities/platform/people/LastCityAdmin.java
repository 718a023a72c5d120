package org.inclusivecities.platform.people;

import org.inclusivecities.platform.refusal.Conflict;

/** The change would leave the city without a city administrator (maps to 409); nothing was changed. */
public class LastCityAdmin extends Conflict {

	public LastCityAdmin() {
		super("A city needs at least one city administrator", "people.error.last-admin");
	}

}
