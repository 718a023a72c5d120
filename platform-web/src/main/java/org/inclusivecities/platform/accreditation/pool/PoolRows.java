package org.inclusivecities.platform.accreditation.pool;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.pool.CityTie;
import org.inclusivecities.platform.pool.ConflictKind;
import org.inclusivecities.platform.pool.DeclaredConflict;
import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.pool.ReviewerNomination;
import org.inclusivecities.platform.pool.TieKind;

import org.springframework.stereotype.Component;

/** Nominations and ties as the pool pages show them: names and labels instead of ids and tags. */
@Component
class PoolRows {

	private final People people;

	private final Cities cities;

	private final PoolChoices choices;

	PoolRows(People people, Cities cities, PoolChoices choices) {
		this.people = people;
		this.cities = cities;
		this.choices = choices;
	}

	record Row(String id, String personId, String name, String city, boolean active, List<String> languages,
			List<String> expertise, int cap, List<Period> unavailable, List<Conflict> conflicts) {
	}

	record Conflict(String city, ConflictKind kind) {
	}

	record Tie(String id, String city, TieKind kind) {
	}

	/** Active nominations first, then by name. */
	List<Row> rows(List<ReviewerNomination> nominations, Locale locale) {
		Map<String, String> cityNames = cityNames(nominations.stream()
			.flatMap(n -> java.util.stream.Stream.concat(java.util.stream.Stream.of(n.getCityId()),
					n.getConflicts().stream().map(DeclaredConflict::cityId)))
			.collect(Collectors.toSet()));
		return nominations.stream()
			.map(n -> new Row(n.getId(), n.getPersonId(), name(n.getPersonId()), cityNames.get(n.getCityId()),
					n.isActive(), choices.labels(n.getLanguages(), locale), choices.labels(n.getExpertise(), locale),
					n.getMaxConcurrentReviews(),
					n.getUnavailable().stream().sorted(Comparator.comparing(Period::from)).toList(),
					n.getConflicts().stream().map(c -> new Conflict(cityNames.get(c.cityId()), c.kind())).toList()))
			.sorted(Comparator.comparing(Row::active).reversed().thenComparing(Row::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	Row row(ReviewerNomination nomination, Locale locale) {
		return rows(List.of(nomination), locale).getFirst();
	}

	List<Tie> ties(List<CityTie> ties) {
		Map<String, String> names = cityNames(ties.stream().map(CityTie::getOtherCityId).collect(Collectors.toSet()));
		return ties.stream()
			.map(t -> new Tie(t.getId(), names.get(t.getOtherCityId()), t.getKind()))
			.sorted(Comparator.comparing(Tie::city, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private String name(String personId) {
		return people.findById(personId).map(Person::getDisplayName).orElse("");
	}

	private Map<String, String> cityNames(Set<String> ids) {
		Map<String, String> names = cities.findAllByIdIn(new HashSet<>(ids))
			.stream()
			.collect(Collectors.toMap(City::getId, City::getName));
		ids.forEach(id -> names.putIfAbsent(id, ""));
		return names;
	}

}
