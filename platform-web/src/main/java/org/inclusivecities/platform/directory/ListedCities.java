package org.inclusivecities.platform.directory;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityNames;
import org.inclusivecities.platform.city.CityStatus;

/**
 * An immutable snapshot of the listed cities ({@link CityStatus#LISTED}) with everything the directory asks
 * for precomputed: the cities in each {@link DirectorySort} order (same order as the database gives: missing
 * values first when ascending, last when descending, then folded name and id), the slugs, and the countries and
 * languages offered as filters. Filtering is a scan over the presorted list: 20,000 cities in well under a
 * millisecond. Build a new one for every change; readers never see a half-built directory.
 */
final class ListedCities {

	private static final Comparator<City> TIE_BREAK = Comparator
		.comparing(City::getSearchName, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
		.thenComparing(City::getId, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

	private static final Map<DirectorySort, Comparator<City>> ORDERS = Map.of(DirectorySort.NAME, TIE_BREAK,
			DirectorySort.POPULATION,
			Comparator.comparing(City::getPopulation, Comparator.nullsFirst(Comparator.<Long>naturalOrder()))
				.reversed()
				.thenComparing(TIE_BREAK),
			DirectorySort.MEMBER_SINCE,
			Comparator.comparing(City::getMemberSince, Comparator.nullsFirst(Comparator.<java.time.Instant>naturalOrder()))
				.thenComparing(TIE_BREAK));

	static final ListedCities EMPTY = of(List.of());

	/** The status predicate that filters nothing: with no other filter, a query is answered by a presorted list. */
	static final Predicate<City> ANY_STATUS = c -> true;

	/** A listed city with its search keys (every word-suffix of its folded name), computed once. */
	private record Listed(City city, List<String> keys) {

		static Listed of(City city) {
			return new Listed(city, city.getName() == null ? List.of() : CityNames.searchKeys(city.getName()));
		}

		boolean startsWith(String prefix) {
			return keys.stream().anyMatch(key -> key.startsWith(prefix));
		}

	}

	private final Map<String, Listed> byId;

	private final Map<String, City> bySlug;

	private final Map<DirectorySort, List<Listed>> ordered = new EnumMap<>(DirectorySort.class);

	private final Map<DirectorySort, List<City>> unfiltered = new EnumMap<>(DirectorySort.class);

	private final List<String> countries;

	private final List<String> languages;

	/** The listed ones of these cities (any status may be given). */
	static ListedCities of(Collection<City> cities) {
		return new ListedCities(cities.stream()
			.filter(c -> CityStatus.LISTED.contains(c.getStatus()))
			.map(Listed::of)
			.collect(Collectors.toUnmodifiableMap(l -> l.city().getId(), Function.identity())));
	}

	private ListedCities(Map<String, Listed> byId) {
		this.byId = byId;
		Collection<Listed> listed = byId.values();
		this.bySlug = listed.stream().collect(Collectors.toUnmodifiableMap(l -> l.city().getSlug(), Listed::city));
		for (DirectorySort sort : DirectorySort.values()) {
			Comparator<City> order = ORDERS.get(sort);
			ordered.put(sort, listed.stream().sorted((a, b) -> order.compare(a.city(), b.city())).toList());
			unfiltered.put(sort, ordered.get(sort).stream().map(Listed::city).toList());
		}
		this.countries = distinct(listed.stream().map(l -> l.city().getCountry()).toList());
		this.languages = distinct(listed.stream().flatMap(l -> l.city().getLanguages().stream()).toList());
	}

	private static List<String> distinct(List<String> values) {
		return List.copyOf(values.stream().filter(v -> v != null).collect(Collectors.toCollection(TreeSet::new)));
	}

	/** The listed cities, without the given one, plus {@code city} when it is listed now. */
	ListedCities with(String id, City city) {
		Map<String, Listed> next = new java.util.HashMap<>(byId);
		next.remove(id);
		if (city != null && CityStatus.LISTED.contains(city.getStatus())) {
			next.put(id, Listed.of(city));
		}
		return new ListedCities(Map.copyOf(next));
	}

	int size() {
		return byId.size();
	}

	boolean contains(String id) {
		return byId.containsKey(id);
	}

	Optional<City> bySlug(String slug) {
		return Optional.ofNullable(bySlug.get(slug));
	}

	/** Every listed city matching the filters, in the query's order; {@code statusFilter} from {@link #status} or {@link #holders}. */
	List<City> matching(DirectoryQuery query, Predicate<City> statusFilter) {
		if (statusFilter == ANY_STATUS && query.country() == null && query.population() == null
				&& query.language() == null && query.text().isEmpty()) {
			return unfiltered.get(query.sort());
		}
		Predicate<City> filter = statusFilter;
		if (query.country() != null) {
			filter = filter.and(c -> query.country().equals(c.getCountry()));
		}
		if (query.population() != null) {
			PopulationBand band = query.population();
			filter = filter.and(c -> c.getPopulation() != null && c.getPopulation() >= band.from()
					&& c.getPopulation() < band.below());
		}
		if (query.language() != null) {
			filter = filter.and(c -> c.getLanguages().contains(query.language()));
		}
		Predicate<City> cityFilter = filter;
		String prefix = query.text();
		return ordered.get(query.sort())
			.stream()
			.filter(l -> prefix.isEmpty() || l.startsWith(prefix))
			.map(Listed::city)
			.filter(cityFilter)
			.toList();
	}

	/** Slugs of all listed cities, by name. */
	List<String> slugs() {
		return ordered.get(DirectorySort.NAME).stream().map(l -> l.city().getSlug()).toList();
	}

	List<String> countries() {
		return countries;
	}

	List<String> languages() {
		return languages;
	}

	/** The listed city with this id, if any. */
	Optional<City> byId(String id) {
		return Optional.ofNullable(byId.get(id)).map(Listed::city);
	}

	/** Status predicate of a built-in status. */
	static Predicate<City> status(CityStatus status) {
		return c -> c.getStatus() == status;
	}

	/** Status predicate of a badge: its holders. */
	static Predicate<City> holders(Set<String> cityIds) {
		return c -> cityIds.contains(c.getId());
	}

}
