package org.inclusivecities.platform.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public sees of a practice: its published revision, the stories with consent in force, the moderated
 * images, the publishing city and the cities whose adoption of it is active (withdrawn ones are not shown).
 */
public record PublishedPractice(String id, String cityId, String cityName, String citySlug, String country,
		PracticeContent content, List<Story> stories, List<PracticeImage> images, Instant firstPublishedAt,
		Instant publishedAt, List<Adopter> adopters) {

	/** How many cities adopted the practice (active adoptions only). */
	public int adoptionCount() {
		return adopters.size();
	}

	/**
	 * A city that adopted the practice: how it adapted it, an optional reference, the result it reported back (with
	 * the day it holds for; both null before a report) and the indicator it linked, as its public monitoring shows
	 * it (null when it linked none or does not show its monitoring).
	 */
	public record Adopter(String cityName, String citySlug, String adaptation, String reference, Instant adoptedAt,
			String result, LocalDate resultAsOf, IndicatorResult indicator) {
	}

	/** The linked indicator's name and unit, and its latest published measurement (value and day null without one). */
	public record IndicatorResult(String name, String unit, Double value, LocalDate measuredOn) {
	}

}
