package org.inclusivecities.platform.city;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CityTest {

	private final Instant now = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void appliedCityBecomesMemberAndRecordsWhoAndWhen() {
		City city = City.apply(new CityProfile("Gent", "be", null, 260_000L, List.of("nl"), null, null), now);
		city.moveTo(CityStatus.MEMBER, now.plusSeconds(60), "secretariat-1", null);

		assertThat(city.getStatus()).isEqualTo(CityStatus.MEMBER);
		assertThat(city.getCountry()).isEqualTo("BE");
		assertThat(city.getHistory()).extracting(City.StatusChange::status)
			.containsExactly(CityStatus.APPLIED, CityStatus.MEMBER);
		assertThat(city.since()).isEqualTo(now.plusSeconds(60));
	}

	@Test
	void leftCityCannotComeBackWithoutApplying() {
		City city = City.apply(new CityProfile("Gent", "BE", null, null, List.of("nl"), null, null), now);
		city.moveTo(CityStatus.MEMBER, now, "a", null);
		city.moveTo(CityStatus.LEFT, now, "a", "moved on");

		assertThatThrownBy(() -> city.moveTo(CityStatus.MEMBER, now, "a", null))
			.isInstanceOf(InvalidCityTransition.class);
	}

	@Test
	void slugsAreUrlSafe() {
		assertThat(Slugs.slugify("Łódź")).isEqualTo("lodz");
		assertThat(Slugs.slugify("  's-Hertogenbosch ")).isEqualTo("s-hertogenbosch");
		assertThat(Slugs.slugify("São Paulo!")).isEqualTo("sao-paulo");
		assertThat(Slugs.isValid("sao-paulo")).isTrue();
		assertThat(Slugs.isValid("../etc")).isFalse();
	}

}
