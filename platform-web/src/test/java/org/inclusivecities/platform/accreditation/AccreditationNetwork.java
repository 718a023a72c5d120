package org.inclusivecities.platform.accreditation;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.events.MovableClock;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.pool.ReviewerPoolService;
import org.inclusivecities.platform.pool.ReviewerProfile;
import org.inclusivecities.platform.request.AccreditationEligibility;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.AccreditationService;
import org.inclusivecities.platform.request.PlanSnapshot;
import org.inclusivecities.platform.request.ReviewRouting;
import org.inclusivecities.platform.request.ReviewerSeat;
import org.inclusivecities.platform.request.Reviews;
import org.inclusivecities.platform.scoring.Criterion;
import org.inclusivecities.platform.scoring.CriterionScore;
import org.inclusivecities.platform.scoring.Recommendation;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Seeds an accreditation network for the web tests through the real services: cities, people with a role in a
 * city, the secretariat, reviewers nominated to the pool, requests routed and confirmed by the secretariat (so the
 * invitations really go out) and reviewed on every seat. Import {@link Setup} and autowire it; the services are
 * its components.
 */
public record AccreditationNetwork(Cities cities, People people, ReviewerPoolService pool,
		AccreditationService accreditation, ReviewRouting routing, Reviews reviews) {

	/** When the clock of {@link Clock} starts. */
	public static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");

	/** The fixture, and every city ready to ask: the plan's readiness has its own tests. */
	@TestConfiguration
	public static class Setup {

		@Bean
		@Primary
		AccreditationEligibility everyCityReady() {
			return cityId -> List.of();
		}

		@Bean
		AccreditationNetwork accreditationNetwork(Cities cities, People people, ReviewerPoolService pool,
				AccreditationService accreditation, ReviewRouting routing, Reviews reviews) {
			return new AccreditationNetwork(cities, people, pool, accreditation, routing, reviews);
		}

	}

	/** A {@link MovableClock} standing at {@link #NOW}, for tests that move time (import it next to {@link Setup}). */
	@TestConfiguration
	public static class Clock {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(NOW);
		}

	}

	/** An applicant city (Belgian) speaking this language. */
	public City city(String name, long population, String language, Instant at) {
		return cities.save(City.apply(new CityProfile(name, "BE", null, population, List.of(language), null, null), at));
	}

	/** A person, with the role in the city when a city is given. */
	public Person person(String email, String name, Language language, String cityId, Role role, Instant at,
			String reason) {
		Person person = Person.create(email, name, language, at);
		if (cityId != null) {
			person.grant(cityId, Set.of(role), at, reason);
		}
		return people.save(person);
	}

	/** A network admin (the secretariat), member of no city. */
	public Person secretariat(String email, String name, Language language, Instant at) {
		Person person = Person.create(email, name, language, at);
		person.makeNetworkAdmin();
		return people.save(person);
	}

	/** Nominates a REVIEWER of the city to the pool with this profile. */
	public Person nominate(Person reviewer, String cityId, ReviewerProfile profile) {
		pool.nominate(cityId, reviewer.getId(), profile, "seed");
		return reviewer;
	}

	/** The city's admin asks for accreditation in these languages; returns the request id (not yet routed). */
	public String ask(String cityId, Person admin, PlanSnapshot plan, Set<String> languages, Period period) {
		return accreditation.submit(cityId, admin.getId(), plan, languages, Set.of(), period);
	}

	/** The secretariat routes every waiting request and confirms this one: invitations go out. */
	public AccreditationRequest routeAndConfirm(Person secretariat, String requestId) {
		routing.preview(secretariat.getId());
		return routing.confirm(secretariat.getId(), requestId);
	}

	/** Every current seat submits its review with these scores. */
	public void reviewEverySeat(AccreditationRequest request, Map<Criterion, CriterionScore> scores,
			Recommendation recommendation, String comment) {
		request.currentSeats()
			.stream()
			.map(ReviewerSeat::reviewerId)
			.forEach(reviewer -> reviews.submit(reviewer, request.getId(), scores, recommendation, comment));
	}

	/** The same score on every criterion, the evidence naming the criterion after this prefix. */
	public static Map<Criterion, CriterionScore> scores(int value, String evidencePrefix) {
		Map<Criterion, CriterionScore> scores = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			scores.put(criterion, new CriterionScore(criterion, value, evidencePrefix + criterion));
		}
		return scores;
	}

}
