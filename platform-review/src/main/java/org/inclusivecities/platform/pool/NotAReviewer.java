package org.inclusivecities.platform.pool;

import org.inclusivecities.platform.refusal.Invalid;

/** Only people holding the REVIEWER role in a city can be nominated by that city. */
public class NotAReviewer extends Invalid {

	public NotAReviewer(String cityId) {
		super("The person is not a reviewer of city " + cityId, "personId", "pool.error.person.notReviewer");
	}

}
