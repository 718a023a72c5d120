package org.inclusivecities.platform.city;

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

}
