package org.inclusivecities.platform.practice;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The index is rebuilt from MongoDB when it is empty at start, with published revisions only. */
@PlatformIntegrationTest
class PracticeIndexingIntegrationTest {

	@Autowired
	Cities cities;

	@Autowired
	PracticeEditing editing;

	@Autowired
	PracticeModeration moderation;

	@Autowired
	PracticeSearch search;

	@Autowired
	PracticeIndexing indexing;

	@Test
	void anEmptyIndexIsRebuiltFromTheDatabaseWithPublishedRevisionsOnly() {
		City city = cities.save(City.apply(new CityProfile("Mechelen", "BE", null, 1L, List.of("nl"), null, null),
				Instant.parse("2026-01-01T00:00:00Z")));
		String published = editing.create(city.getId(), PracticeTestContent.content("Wolkenkrabberwandeling"), "p1")
			.getId();
		editing.submit(city.getId(), published);
		moderation.publish(published, "admin");
		editing.edit(city.getId(), published, PracticeTestContent.content("Maanlandingwandeling"));
		String draft = editing.create(city.getId(), PracticeTestContent.content("Wolkenkrabbercafé"), "p1").getId();

		search.rebuild(List.of());
		assertThat(search.size()).isZero();
		indexing.rebuildWhenEmpty();

		assertThat(hits("wolkenkrabberwandelingen")).containsExactly(published);
		assertThat(hits("maanlandingwandeling")).as("the unpublished new revision").isEmpty();
		assertThat(hits("wolkenkrabbercafés")).as("a draft").doesNotContain(draft).isEmpty();
	}

	private List<String> hits(String query) {
		return search.search(new SearchRequest(query, Map.of(), 0, 10))
			.hits()
			.stream()
			.map(SearchResults.Hit::id)
			.toList();
	}

}
