package org.inclusivecities.platform.pool;

/** Only people holding the REVIEWER role in a city can be nominated by that city. */
public class NotAReviewer extends RuntimeException {

	public NotAReviewer(String cityId) {
		super("The person is not a reviewer of city " + cityId);
	}

}
