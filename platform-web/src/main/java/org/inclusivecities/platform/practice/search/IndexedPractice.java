package org.inclusivecities.platform.practice.search;

import java.util.ArrayList;
import java.util.List;

import org.inclusivecities.platform.practice.PracticeContent;
import org.inclusivecities.platform.practice.PublishedPractice;
import org.inclusivecities.platform.practice.RichText;
import org.inclusivecities.platform.practice.Story;

/**
 * A published practice as an OpenSearch document: the same text the Lucene index holds (plain summary; body with
 * the full text and the stories with consent in force; the names of its activities in every language), the number
 * of active adoptions (sortable) and one keyword array per facet dimension.
 */
record IndexedPractice(String id, String cityId, String title, String summary, String body, String activities,
		String city, String country,
		long published, int adoptions, List<String> activity, List<String> aim, List<String> sector, List<String> language) {

	static IndexedPractice of(PublishedPractice practice, RichText richText) {
		PracticeContent content = practice.content();
		List<String> body = new ArrayList<>();
		body.add(richText.plain(content.fullText()));
		for (Story story : practice.stories()) {
			body.add(story.title());
			body.add(richText.plain(story.text()));
		}
		return new IndexedPractice(practice.id(), practice.cityId(), content.title(), richText.plain(content.summary()),
				String.join("\n", body), ActivityNames.of(content.activityTypes()), practice.cityName(),
				practice.country(),
				practice.firstPublishedAt() == null ? 0 : practice.firstPublishedAt().toEpochMilli(),
				practice.adoptionCount(),
				content.activityTypes().stream().map(Enum::name).toList(),
				content.aims().stream().map(Enum::name).toList(), content.sectors().stream().map(Enum::name).toList(),
				List.copyOf(content.languages()));
	}

}
