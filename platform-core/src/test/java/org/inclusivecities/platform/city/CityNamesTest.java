package org.inclusivecities.platform.city;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CityNamesTest {

	@Test
	void foldsCaseAccentsAndPunctuation() {
		assertThat(CityNames.fold("Łódź")).isEqualTo("lodz");
		assertThat(CityNames.fold("  Gent-Sint-Pieters ")).isEqualTo("gent sint pieters");
		assertThat(CityNames.fold("São Paulo")).isEqualTo("sao paulo");
		assertThat(CityNames.fold("'s-Hertogenbosch")).isEqualTo("s hertogenbosch");
	}

	@Test
	void searchKeysStartAtEveryWord() {
		assertThat(CityNames.searchKeys("Sint-Niklaas")).containsExactly("sint niklaas", "niklaas");
		assertThat(CityNames.searchKeys("Gent")).containsExactly("gent");
		assertThat(CityNames.searchKeys("--")).isEmpty();
	}

	@Test
	void memberSinceIsTheFirstAdmissionAndSurvivesSuspension() {
		Instant applied = Instant.parse("2024-01-01T00:00:00Z");
		Instant admitted = Instant.parse("2024-03-01T00:00:00Z");
		City city = City.apply(new CityProfile("Łódź", "pl", null, 670_000L, List.of("pl"), null, null), applied);
		assertThat(city.getMemberSince()).isNull();
		assertThat(city.getSearchName()).isEqualTo("lodz");
		city.moveTo(CityStatus.MEMBER, admitted, "admin", null);
		city.moveTo(CityStatus.SUSPENDED, Instant.parse("2025-01-01T00:00:00Z"), "admin", "no activities");
		city.moveTo(CityStatus.MEMBER, Instant.parse("2025-06-01T00:00:00Z"), "admin", null);
		assertThat(city.getMemberSince()).isEqualTo(admitted);
	}

}
