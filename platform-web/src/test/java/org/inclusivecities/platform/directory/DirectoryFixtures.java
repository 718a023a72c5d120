package org.inclusivecities.platform.directory;

import java.time.Instant;
import java.util.List;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.city.Coordinates;

/**
 * Cities in every status for directory tests: five listed ones with distinct countries, sizes, languages
 * and admission dates, one applicant, one declined and one departed city (never listed), and twenty
 * filler members in the Netherlands to make several pages. Seeding is idempotent per database.
 */
public final class DirectoryFixtures {

	public static final List<String> NEVER_LISTED = List.of("applytown", "declinedville", "leftbury");

	/** Members named "Testdorp NN" in the Netherlands, so the directory has 25 listed cities: two pages. */
	public static final int FILLERS = 20;

	private DirectoryFixtures() {
	}

	public static void seed(Cities cities) {
		if (cities.existsBySlug("gent")) {
			return;
		}
		member(cities, "Gent", "BE", "Flanders", 265_000L, List.of("nl"), 51.05, 3.72, "2023-05-01", null);
		member(cities, "Łódź", "PL", "Łódź Voivodeship", 670_000L, List.of("pl"), 51.76, 19.46, "2022-01-10", null);
		member(cities, "Antwerpen", "BE", "Flanders", 530_000L, List.of("nl"), 51.22, 4.40, "2021-09-01",
				CityStatus.SUSPENDED);
		member(cities, "Sint-Niklaas", "BE", null, 80_000L, List.of("nl", "fr"), null, null, "2025-02-01", null);
		member(cities, "Berlin", "DE", "Berlin", 3_600_000L, List.of("de"), 52.52, 13.40, "2024-03-01", null);
		City applicant = City.apply(profile("Applytown", "BE", 40_000L, List.of("nl"), null, null), at("2025-01-01"));
		cities.save(applicant);
		City declined = City.apply(profile("Declinedville", "BE", 40_000L, List.of("nl"), null, null), at("2025-01-01"));
		declined.moveTo(CityStatus.DECLINED, at("2025-02-01"), "admin", "incomplete");
		cities.save(declined);
		member(cities, "Leftbury", "BE", null, 45_000L, List.of("nl"), 50.0, 4.0, "2020-01-01", CityStatus.LEFT);
		for (int i = 1; i <= FILLERS; i++) {
			member(cities, "Testdorp %02d".formatted(i), "NL", null, 10_000L + i, List.of("nl"), 52.0 + i / 100.0,
					5.0, "2025-06-%02d".formatted(Math.min(i, 28)), null);
		}
	}

	private static void member(Cities cities, String name, String country, String region, Long population,
			List<String> languages, Double lat, Double lng, String since, CityStatus then) {
		City city = City.apply(new CityProfile(name, country, region, population, languages,
				lat == null ? null : new Coordinates(lat, lng), "https://example.org/" + name.length()), at(since).minusSeconds(86_400));
		city.moveTo(CityStatus.MEMBER, at(since), "admin", null);
		if (then != null) {
			city.moveTo(then, at(since).plusSeconds(86_400 * 30), "admin", "test");
		}
		cities.save(city);
	}

	private static CityProfile profile(String name, String country, Long population, List<String> languages,
			String region, Coordinates coordinates) {
		return new CityProfile(name, country, region, population, languages, coordinates, null);
	}

	private static Instant at(String date) {
		return Instant.parse(date + "T00:00:00Z");
	}

}
