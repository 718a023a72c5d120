package org.inclusivecities.platform.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The index rebuild reads the library page by page and still sees every published practice exactly once. */
@PlatformIntegrationTest
class PublishedPracticesPagingIntegrationTest {

	@Autowired
	PublishedPractices published;

	@Autowired
	Cities cities;

	@Autowired
	PracticeEditing editing;

	@Autowired
	PracticeModeration moderation;

	@Test
	void pagesCoverEveryPublishedPracticeOnce() {
		City city = cities.save(City.apply(new CityProfile("Mechelen", "BE", null, 1L, List.of("nl"), null, null),
				Instant.parse("2026-01-01T00:00:00Z")));
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			String id = editing.create(city.getId(), PracticeTestContent.content("Herstelwandeling " + i), "p1").getId();
			editing.submit(city.getId(), id);
			moderation.publish(id, "admin");
			expected.add(id);
		}
		editing.create(city.getId(), PracticeTestContent.content("Nog een ontwerp"), "p1");
		assertThat(published.all()).hasSize(7);

		for (int pageSize : List.of(1, 2, 3, 500)) {
			List<String> seen = new ArrayList<>();
			published.allInPages(pageSize).forEach(p -> seen.add(p.id()));
			assertThat(seen).as("page size %d", pageSize).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
		}
	}

}
