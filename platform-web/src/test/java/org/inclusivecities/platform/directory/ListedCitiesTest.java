package org.inclusivecities.platform.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityNames;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read model's filtering (primitive-array scan) against the plain definition: a city matches when every given
 * filter holds for it, and the result keeps the order's sequence. Random cities and queries, fixed seeds.
 */
class ListedCitiesTest {

	static final List<String> COUNTRIES = List.of("BE", "NL", "DE", "PL", "GB");

	static final List<String> LANGUAGES = List.of("nl", "fr", "de", "en", "pl");

	static final List<String> NAMES = List.of("Gent", "Groningen", "Sint-Niklaas", "Ghent", "Łódź", "Berlin", "Genk");

	@Test
	void filtersMatchTheirDefinitionInEveryOrder() {
		Random random = new Random(7);
		List<City> cities = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			cities.add(city(random, i));
		}
		ListedCities listed = ListedCities.of(cities);
		assertThat(listed.size()).as("applicants are not listed").isLessThan(cities.size()).isPositive();
		for (int round = 0; round < 400; round++) {
			DirectorySort sort = DirectorySort.values()[random.nextInt(DirectorySort.values().length)];
			String country = random.nextInt(3) == 0 ? pick(random, List.of("BE", "NL", "XX")) : null;
			PopulationBand band = random.nextInt(2) == 0
					? PopulationBand.values()[random.nextInt(PopulationBand.values().length)] : null;
			String language = random.nextInt(4) == 0 ? pick(random, LANGUAGES) : null;
			String text = random.nextInt(4) == 0 ? pick(random, List.of("g", "gen", "niklaas", "lodz")) : "";
			boolean suspendedOnly = random.nextInt(4) == 0;
			Predicate<City> status = suspendedOnly ? ListedCities.status(CityStatus.SUSPENDED) : ListedCities.ANY_STATUS;
			DirectoryQuery query = new DirectoryQuery(text, country, null, band, language, sort, 0, 20);

			List<City> expected = listed.matching(new DirectoryQuery("", null, null, null, null, sort, 0, 20),
					ListedCities.ANY_STATUS)
				.stream()
				.filter(c -> country == null || country.equals(c.getCountry()))
				.filter(c -> band == null || (c.getPopulation() != null && c.getPopulation() >= band.from()
						&& c.getPopulation() < band.below()))
				.filter(c -> language == null || c.getLanguages().contains(language))
				.filter(c -> text.isEmpty() || CityNames.searchKeys(c.getName()).stream().anyMatch(k -> k.startsWith(text)))
				.filter(status)
				.toList();
			assertThat(listed.matching(query, status)).as(query + (suspendedOnly ? " suspended" : ""))
				.containsExactlyElementsOf(expected);
		}
	}

	@Test
	void withoutFiltersEveryListedCityComesInTheOrder() {
		Random random = new Random(11);
		List<City> cities = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			cities.add(city(random, i));
		}
		ListedCities listed = ListedCities.of(cities);
		List<City> byPopulation = listed.matching(
				new DirectoryQuery("", null, null, null, null, DirectorySort.POPULATION, 0, 20), ListedCities.ANY_STATUS);
		assertThat(byPopulation).hasSize(listed.size());
		List<Long> populations = byPopulation.stream().map(City::getPopulation).filter(p -> p != null).toList();
		assertThat(populations).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(byPopulation.getLast().getPopulation()).as("missing populations last when descending").isNull();
	}

	private static City city(Random random, int i) {
		Long population = random.nextInt(8) == 0 ? null : (long) random.nextInt(2_000_000);
		List<String> languages = random.ints(1 + random.nextInt(2), 0, LANGUAGES.size())
			.mapToObj(LANGUAGES::get)
			.distinct()
			.toList();
		City city = City.apply(new CityProfile(pick(random, NAMES) + " " + i, pick(random, COUNTRIES), null, population,
				languages, null, null), Instant.parse("2024-01-01T00:00:00Z"));
		ReflectionTestUtils.setField(city, "id", "c%04d".formatted(i));
		int fate = random.nextInt(10);
		if (fate > 0) {
			city.moveTo(CityStatus.MEMBER, Instant.parse("2024-02-01T00:00:00Z").plusSeconds(random.nextInt(1_000_000)),
					"admin", null);
			if (fate == 1) {
				city.moveTo(CityStatus.SUSPENDED, Instant.parse("2024-06-01T00:00:00Z"), "admin", "test");
			}
		}
		return city;
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
