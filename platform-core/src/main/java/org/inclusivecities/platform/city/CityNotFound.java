package org.inclusivecities.platform.city;

/** No such city, or not one the caller may see (maps to 404 either way). */
public class CityNotFound extends RuntimeException {

	public CityNotFound(String slug) {
		super("No city " + slug);
	}

}
