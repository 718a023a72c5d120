package org.inclusivecities.platform.practice;

import java.time.Instant;
import java.util.List;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes made through another instance (simulated by taking this instance's index out of step) reach this
 * instance's search index when it follows the database.
 */
@PlatformIntegrationTest
class PracticeIndexFollowerIntegrationTest {

	@Autowired
	Cities cities;

	@Autowired
	PracticeEditing editing;

	@Autowired
	PracticeModeration moderation;

	@Autowired
	PublishedPractices published;

	@Autowired
	PracticeSearch search;

	@Autowired
	PracticeIndexFollower follower;

	@Test
	void publicationsAndWithdrawalsElsewhereReachThisIndex() {
		City city = cities.save(City.apply(new CityProfile("Hasselt", "BE", null, 1L, List.of("nl"), null, null),
				Instant.parse("2026-01-01T00:00:00Z")));
		String id = editing.create(city.getId(), PracticeTestContent.content("Zeppelinwandeling"), "p1").getId();
		editing.submit(city.getId(), id);
		moderation.publish(id, "admin");
		search.remove(id); // as if another instance had published it: this index never saw it
		assertThat(hits("zeppelinwandeling")).isZero();

		follower.follow();
		assertThat(hits("zeppelinwandeling")).isEqualTo(1);
		search.remove(id);
		follower.follow();
		assertThat(hits("zeppelinwandeling")).as("a change is synced once, not on every overlapping poll").isZero();
		search.index(published.find(id).orElseThrow());

		PublishedPractice view = published.find(id).orElseThrow();
		moderation.withdraw(id, "admin", "on request");
		search.index(view); // another instance withdrew it: this index still has it
		assertThat(hits("zeppelinwandeling")).isEqualTo(1);

		follower.follow();
		assertThat(hits("zeppelinwandeling")).isZero();
	}

	private long hits(String query) {
		return search.search(new SearchRequest(query, java.util.Map.of(), 1, 10)).total();
	}

}
