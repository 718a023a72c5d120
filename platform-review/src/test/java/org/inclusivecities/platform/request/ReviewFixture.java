package org.inclusivecities.platform.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.pool.ReviewerPoolService;
import org.inclusivecities.platform.pool.ReviewerProfile;
import org.inclusivecities.platform.scoring.Criterion;
import org.inclusivecities.platform.scoring.CriterionScore;

/** Seeds people, reviewers and a secretariat for the workflow tests. */
final class ReviewFixture {

	static final Period REVIEW = new Period(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31));

	final People people;

	final ReviewerPoolService pool;

	final String prefix;

	ReviewFixture(People people, ReviewerPoolService pool, String prefix) {
		this.people = people;
		this.pool = pool;
		this.prefix = prefix;
	}

	Person person(String name, String cityId, Role role) {
		Person person = Person.create(prefix + name + "@test.example", name, Language.EN, Instant.now());
		person.grant(cityId, Set.of(role), Instant.now(), "seed");
		return people.save(person);
	}

	Person secretariat() {
		Person person = Person.create(prefix + "secretariat@test.example", "Secretariat", Language.EN, Instant.now());
		person.makeNetworkAdmin();
		return people.save(person);
	}

	/** Two reviewers in each city, nominated with English. */
	List<Person> reviewers(String... cities) {
		List<Person> reviewers = new ArrayList<>();
		for (String city : cities) {
			for (int i = 1; i <= 2; i++) {
				Person reviewer = person("reviewer" + i + "-" + city, city, Role.REVIEWER);
				pool.nominate(city, reviewer.getId(), new ReviewerProfile(Set.of("en"), Set.of("recovery-cafe"), 2),
						"seed");
				reviewers.add(reviewer);
			}
		}
		return reviewers;
	}

	static PlanSnapshot snapshot() {
		return new PlanSnapshot(Map.of("mission", "No one walks the recovery path alone"), 7,
				Instant.parse("2027-01-04T09:00:00Z"));
	}

	static Map<Criterion, CriterionScore> scores(int value) {
		Map<Criterion, CriterionScore> scores = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			scores.put(criterion, new CriterionScore(criterion, value, "Seen in the plan, section " + criterion));
		}
		return scores;
	}

}
