package org.inclusivecities.platform.accreditation.pool;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.pool.CityTie;
import org.inclusivecities.platform.pool.ConflictKind;
import org.inclusivecities.platform.pool.DeclaredConflict;
import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.pool.ReviewerNomination;
import org.inclusivecities.platform.pool.ReviewerPool;
import org.inclusivecities.platform.request.ReviewerLoads;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Every active nomination of the network as the secretariat's pool page and its CSV show it: the reviewer's display
 * name (never an address), the nominating city, languages and expertise in the reader's language, live seats
 * against the cap, unavailability, declared conflicts and the nominating city's ties; filtered and sorted by a
 * checked {@link PoolQuery}.
 */
@Component
class NetworkPoolRows {

	private final ReviewerPool pool;

	private final ReviewerLoads loads;

	private final PoolChoices choices;

	private final People people;

	private final Cities cities;

	private final Clock clock;

	NetworkPoolRows(ReviewerPool pool, ReviewerLoads loads, PoolChoices choices, People people, Cities cities,
			Clock clock) {
		this.pool = pool;
		this.loads = loads;
		this.choices = choices;
		this.people = people;
		this.cities = cities;
		this.clock = clock;
	}

	/** One nomination: a person reviewing for one city (a person nominated by two cities has two rows). */
	record Row(String nominationId, String name, String cityId, String city, Set<String> languageCodes,
			List<String> languages, Set<String> expertiseTags, List<String> expertise, int load, int cap,
			List<Period> unavailable, boolean unavailableToday, List<Conflict> conflicts, List<String> ties) {

		/** Not in an unavailable period today and below the cap. */
		public boolean availableNow() {
			return !unavailableToday && load < cap;
		}

	}

	/** A declared conflict: the city, its kind and the reason given (empty when none). */
	record Conflict(String city, ConflictKind kind, String note) {
	}

	List<Row> rows(PoolQuery query, Locale locale) {
		List<ReviewerNomination> nominations = pool.activeReviewers();
		List<CityTie> ties = pool.allTies();
		Set<String> cityIds = new HashSet<>();
		nominations.forEach(n -> {
			cityIds.add(n.getCityId());
			n.getConflicts().forEach(c -> cityIds.add(c.cityId()));
		});
		ties.forEach(t -> {
			cityIds.add(t.getCityId());
			cityIds.add(t.getOtherCityId());
		});
		Map<String, String> cityNames = new HashMap<>();
		cities.findAllByIdIn(cityIds).forEach(c -> cityNames.put(c.getId(), c.getName()));
		Map<String, String> names = new HashMap<>();
		Set<String> personIds = new HashSet<>(nominations.stream().map(ReviewerNomination::getPersonId).toList());
		if (!personIds.isEmpty()) {
			people.findDisplayNamesByIdIn(personIds).forEach(p -> names.put(p.getId(), p.getDisplayName()));
		}
		Map<String, Integer> load = loads.liveSeats();
		LocalDate today = LocalDate.now(clock);
		Collator collator = Collator.getInstance(locale);
		return nominations.stream()
			.map(n -> row(n, names, cityNames, ties, load, today, locale, collator))
			.filter(r -> matches(r, query))
			.sorted(order(query.order(), collator))
			.toList();
	}

	private Row row(ReviewerNomination n, Map<String, String> names, Map<String, String> cityNames,
			List<CityTie> ties, Map<String, Integer> load, LocalDate today, Locale locale, Collator collator) {
		Period now = new Period(today, today);
		List<Period> unavailable = n.getUnavailable()
			.stream()
			.filter(p -> !p.to().isBefore(today))
			.sorted(Comparator.comparing(Period::from))
			.toList();
		List<String> tied = ties.stream()
			.filter(t -> t.getCityId().equals(n.getCityId()) || t.getOtherCityId().equals(n.getCityId()))
			.map(t -> t.getCityId().equals(n.getCityId()) ? t.getOtherCityId() : t.getCityId())
			.distinct()
			.map(id -> cityNames.getOrDefault(id, id))
			.sorted(collator)
			.toList();
		List<Conflict> conflicts = n.getConflicts()
			.stream()
			.map(c -> conflict(c, cityNames))
			.sorted(Comparator.comparing(Conflict::city, collator))
			.toList();
		return new Row(n.getId(), names.getOrDefault(n.getPersonId(), ""), n.getCityId(),
				cityNames.getOrDefault(n.getCityId(), n.getCityId()), n.getLanguages(),
				choices.labels(n.getLanguages(), locale), n.getExpertise(), choices.labels(n.getExpertise(), locale),
				load.getOrDefault(n.getPersonId(), 0), n.getMaxConcurrentReviews(), unavailable,
				unavailable.stream().anyMatch(p -> p.overlaps(now)), conflicts, tied);
	}

	private static Conflict conflict(DeclaredConflict c, Map<String, String> cityNames) {
		return new Conflict(cityNames.getOrDefault(c.cityId(), c.cityId()), c.kind(), c.note());
	}

	private static boolean matches(Row row, PoolQuery query) {
		return (!PoolQuery.given(query.city()) || row.cityId().equals(query.city()))
				&& (!PoolQuery.given(query.language()) || row.languageCodes().contains(query.language()))
				&& (!PoolQuery.given(query.expertise()) || row.expertiseTags().contains(query.expertise()))
				&& (!query.onlyAvailable() || row.availableNow());
	}

	private static Comparator<Row> order(PoolQuery.Sort sort, Collator collator) {
		Comparator<Row> byName = Comparator.comparing(Row::name, collator);
		return switch (sort) {
			case NAME -> byName.thenComparing(Row::city, collator);
			case CITY -> Comparator.comparing(Row::city, collator).thenComparing(byName);
			case LOAD -> Comparator.comparingInt(Row::load).thenComparing(byName);
		};
	}

	/**
	 * Every city of the network, whatever its status (an applicant asks for accreditation and can be in conflict or
	 * tied before it is a member), by name: what the filters and forms of the secretariat's page offer.
	 */
	List<City> cities() {
		return cities.findAllByStatusIn(EnumSet.allOf(CityStatus.class), Pageable.unpaged())
			.stream()
			.sorted(Comparator.comparing(City::getName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

}
