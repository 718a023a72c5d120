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
	void aMergedOrRemovedRecordIsFinalAndMergesOnlyIntoAnotherListedCity() {
		City survivor = member("Leuven");
		City applied = City.apply(new CityProfile("Heverlee", "BE", null, null, List.of("nl"), null, null), now);
		City duplicate = member("Stad Leuven");

		assertThatThrownBy(() -> duplicate.mergeInto(duplicate, now, "a", "dup")).isInstanceOf(InvalidCityTransition.class);
		assertThatThrownBy(() -> duplicate.mergeInto(applied, now, "a", "dup")).isInstanceOf(InvalidCityTransition.class);
		assertThat(duplicate.getStatus()).isEqualTo(CityStatus.MEMBER);
		assertThatThrownBy(() -> applied.mergeInto(survivor, now, "a", "dup")).isInstanceOf(InvalidCityTransition.class);

		duplicate.mergeInto(survivor, now, "secretariat-1", "applied twice");
		assertThat(duplicate.getStatus()).isEqualTo(CityStatus.MERGED);
		assertThat(duplicate.getHistory().getLast()).isEqualTo(
				new City.StatusChange(CityStatus.MERGED, now, "secretariat-1", "applied twice"));
		for (CityStatus next : CityStatus.values()) {
			assertThatThrownBy(() -> duplicate.moveTo(next, now, "a", null)).isInstanceOf(InvalidCityTransition.class);
		}
		City removed = member("Wilsele");
		removed.moveTo(CityStatus.REMOVED, now, "a", "test record");
		assertThatThrownBy(() -> removed.moveTo(CityStatus.MEMBER, now, "a", null))
			.isInstanceOf(InvalidCityTransition.class);
		assertThat(CityStatus.LISTED).doesNotContain(CityStatus.MERGED, CityStatus.REMOVED);
	}

	private City member(String name) {
		City city = City.apply(new CityProfile(name, "BE", null, null, List.of("nl"), null, null), now);
		city.moveTo(CityStatus.MEMBER, now, "a", null);
		return city;
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
