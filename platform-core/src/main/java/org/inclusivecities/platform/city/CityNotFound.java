package org.inclusivecities.platform.city;

import org.inclusivecities.platform.refusal.NotFound;

/** No such city, or not one the caller may see (maps to 404 either way). */
public class CityNotFound extends NotFound {

	public CityNotFound(String slug) {
		super("No city " + slug);
	}

}
