package org.inclusivecities.platform.accreditation.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.pool.ReviewerPoolService;
import org.inclusivecities.platform.pool.ReviewerProfile;
import org.inclusivecities.platform.request.AccreditationService;
import org.inclusivecities.platform.request.PlanSnapshot;
import org.inclusivecities.platform.scoring.Criterion;
import org.inclusivecities.platform.scoring.CriterionScore;

/** Seeds cities, people, reviewers and requests for the secretariat page tests. */
final class SecretariatFixture {

	private final Cities cities;

	private final People people;

	private final ReviewerPoolService pool;

	private final AccreditationService accreditation;

	SecretariatFixture(Cities cities, People people, ReviewerPoolService pool, AccreditationService accreditation) {
		this.cities = cities;
		this.people = people;
		this.pool = pool;
		this.accreditation = accreditation;
	}

	City city(String name) {
		return cities.save(City.apply(new CityProfile(name, "BE", null, 80_000L, List.of("nl"), null, null),
				Instant.now()));
	}

	Person person(String name, City city, Role role) {
		Person person = Person.create(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org", name,
				Language.EN, Instant.now());
		if (city != null) {
			person.grant(city.getId(), Set.of(role), Instant.now(), "test");
		}
		return people.save(person);
	}

	Person secretariat(String name) {
		Person person = Person.create(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org", name,
				Language.EN, Instant.now());
		person.makeNetworkAdmin();
		return people.save(person);
	}

	/** A REVIEWER of the city, nominated with Dutch and two concurrent reviews. */
	Person reviewer(String name, City city) {
		Person reviewer = person(name, city, Role.REVIEWER);
		pool.nominate(city.getId(), reviewer.getId(), new ReviewerProfile(Set.of("nl"), Set.of(), 2), "seed");
		return reviewer;
	}

	String request(City city, Person admin) {
		LocalDate from = LocalDate.now().plusMonths(2);
		return accreditation.submit(city.getId(), admin.getId(),
				new PlanSnapshot(Map.of("mission", "No one walks the recovery path alone"), 3, Instant.now()),
				Set.of("nl"), Set.of(), new Period(from, from.plusMonths(1)));
	}

	static Map<Criterion, CriterionScore> scores(int value) {
		Map<Criterion, CriterionScore> scores = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			scores.put(criterion, new CriterionScore(criterion, value, "Seen in section " + criterion));
		}
		return scores;
	}

}
