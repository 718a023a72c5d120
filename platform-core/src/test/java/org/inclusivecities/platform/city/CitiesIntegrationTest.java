package org.inclusivecities.platform.city;

import java.time.Clock;

import java.time.Instant;
import java.util.List;

import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PlatformIntegrationTest
class CitiesIntegrationTest {

	@Autowired
	Clock clock;

	@Autowired
	Cities cities;

	@Test
	void slugIsUniqueInTheDatabase() {
		cities.save(City.apply(profile("Utrecht"), clock.instant()));
		assertThatThrownBy(() -> cities.save(City.apply(profile("Utrecht"), clock.instant())))
			.isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void listsOnlyTheStatusesAskedFor() {
		City member = City.apply(profile("Gent"), clock.instant());
		member.moveTo(CityStatus.MEMBER, clock.instant(), "admin", null);
		cities.save(member);
		cities.save(City.apply(profile("Leuven"), clock.instant()));

		var listed = cities.findAllByStatusIn(CityStatus.LISTED, PageRequest.of(0, 10));

		assertThat(listed.map(City::getSlug).getContent()).containsExactly("gent");
	}

	private static CityProfile profile(String name) {
		return new CityProfile(name, "BE", null, 100_000L, List.of("nl"), null, null);
	}

}
