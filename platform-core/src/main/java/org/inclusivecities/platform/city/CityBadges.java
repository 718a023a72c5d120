package org.inclusivecities.platform.city;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A badge another module awards to listed cities ("accredited", "on hold"), contributed as a bean. The
 * public directory offers one filter per registered badge and shows it on profiles; it never names one.
 */
public interface CityBadges {

	/** The filter value in URLs and the API: lower-case letters, digits and hyphens, e.g. {@code accredited}. */
	String key();

	/** Message key of the badge's label, in the contributing module's bundle. */
	String labelCode();

	/** Ids of the cities that carry the badge now; the directory still shows only listed cities. */
	Set<String> cityIds();

	/**
	 * The badge as one city's profile shows it, when the city carries it now. By default neither a date nor a
	 * link; a badge that expires or can be verified says until when and where.
	 */
	default Optional<Award> awardOf(String cityId) {
		return cityIds().contains(cityId) ? Optional.of(new Award(null, null)) : Optional.empty();
	}

	/**
	 * One city's badge: the last day it holds (or null) and the site-relative path of a public page verifying it
	 * (or null).
	 */
	record Award(LocalDate validUntil, String verificationPath) {
	}

}
