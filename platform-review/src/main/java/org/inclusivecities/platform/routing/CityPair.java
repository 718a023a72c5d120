package org.inclusivecities.platform.routing;

/** An ordered pair of cities, e.g. "reviewer city reviews reviewed city" or "city declared a tie with". */
public record CityPair(String from, String to) {

	public CityPair reversed() {
		return new CityPair(to, from);
	}

}
