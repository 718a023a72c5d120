package org.inclusivecities.platform.practice;

import java.time.Instant;
import java.util.List;

/**
 * What the public sees of a practice: its published revision, the stories with consent in force, the moderated
 * images, the publishing city and the cities that adopted it.
 */
public record PublishedPractice(String id, String cityId, String cityName, String citySlug, String country,
		PracticeContent content, List<Story> stories, List<PracticeImage> images, Instant firstPublishedAt,
		Instant publishedAt, List<Adopter> adopters) {

	/** A city that adopted the practice, with its optional note and reference to its own activity. */
	public record Adopter(String cityName, String citySlug, String note, String reference, Instant adoptedAt) {
	}

}
