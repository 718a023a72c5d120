package org.inclusivecities.platform.city;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A section of a city's public profile contributed by another module (published plan, activities,
 * indicators, practices). The profile page renders every registered section in {@link #order()}, each
 * with its own template; it never names one. A contribution decides what is public: only published
 * content, council names only with the member's consent, only public activities.
 */
public interface CityProfileSection {

	/** Position on the page; lower comes first. */
	int order();

	/**
	 * Thymeleaf template holding a fragment named {@code profile-section}; it sees the contributed model as
	 * {@code ${section}} (a map) and the city as {@code ${city}}.
	 */
	String template();

	/** What to show for this listed city, or empty to leave the section out for it. */
	Optional<Map<String, Object>> contribute(City city, Locale locale);

}
