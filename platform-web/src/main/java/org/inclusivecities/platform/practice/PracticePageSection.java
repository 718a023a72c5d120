package org.inclusivecities.platform.practice;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A section of a published practice's public page contributed by another module (the matchcentrum's similar practices
 * and cities with this gap). The page renders every registered section in {@link #order()}, each with its own
 * template, and never names one; a contribution shows only public content.
 */
public interface PracticePageSection {

	/** Position on the page; lower comes first. */
	int order();

	/**
	 * Thymeleaf template holding a fragment named {@code practiceSection}; it sees the contributed model as
	 * {@code ${section}} (a map) and the practice as {@code ${practice}}.
	 */
	String template();

	/** What to show for this published practice, or empty to leave the section out. */
	Optional<Map<String, Object>> contribute(PublishedPractice practice, Locale locale);

}
