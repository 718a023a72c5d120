package org.inclusivecities.platform.people;

/** The change would leave the city without a city administrator (maps to 409); nothing was changed. */
public class LastCityAdmin extends RuntimeException {

	public LastCityAdmin() {
		super("A city needs at least one city administrator");
	}

}
