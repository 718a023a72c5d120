package org.inclusivecities.platform.accreditation.reviewer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.ConsentBasis;
import org.inclusivecities.platform.plan.Council;
import org.inclusivecities.platform.plan.CouncilConsentScope;
import org.inclusivecities.platform.plan.CouncilConsents;
import org.inclusivecities.platform.plan.CouncilMember;
import org.inclusivecities.platform.plan.CouncilProfile;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.accreditation.AccreditationNetwork;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.pool.ReviewerProfile;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.AccreditationService;
import org.inclusivecities.platform.request.PlanSnapshot;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.request.ReviewRouting;
import org.inclusivecities.platform.request.ReviewerSeat;
import org.inclusivecities.platform.scoring.Criterion;
import org.inclusivecities.platform.scoring.CriterionScore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Seeds a network for the reviewer's pages through the real services: cities that ask for accreditation with a
 * structured plan snapshot, reviewers from four other cities who can sign in with a password, and requests routed
 * and confirmed by the secretariat (so the invitations are really sent).
 */
class ReviewerFixture {

	static final String PASSWORD = "a long enough passphrase 42";

	@TestConfiguration
	@Import(AccreditationNetwork.Setup.class)
	static class Setup {

		@Bean
		ReviewerFixture reviewerFixture() {
			return new ReviewerFixture();
		}

	}

	@Autowired
	AccreditationNetwork shared;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AccreditationService accreditation;

	@Autowired
	ReviewRouting routing;

	@Autowired
	RequestsInReview requests;

	@Autowired
	Clock clock;

	@Autowired
	ActionPlanService plans;

	@Autowired
	CouncilConsents consents;

	/** Reviewers by their city name (six cities, one review at a time each), and the secretariat. */
	final Map<String, Person> reviewers = new LinkedHashMap<>();

	Person secretariat;

	void network(String prefix) {
		secretariat = shared.secretariat(prefix + "-secretariat@example.org", "Sam Secretariat", Language.EN,
				clock.instant());
		for (String name : List.of("Sville", "Tville", "Uville", "Vville", "Wville", "Xville")) {
			City city = city(prefix + name);
			Person reviewer = person(prefix + "-reviewer-" + name.toLowerCase() + "@example.org", "Rita " + prefix + name,
					city, Role.REVIEWER);
			reviewers.put(name, shared.nominate(reviewer, city.getId(), new ReviewerProfile(Set.of("en"), Set.of(), 1)));
		}
	}

	City city(String name) {
		return shared.city(name, 90_000L, "en", clock.instant());
	}

	Person person(String email, String name, City city, Role role) {
		Person person = Person.create(email, name, Language.EN, clock.instant());
		if (city != null) {
			person.grant(city.getId(), Set.of(role), clock.instant(), "seed");
		}
		person.changePassword(passwords.encode(PASSWORD));
		return people.save(person);
	}

	/** The city asks for accreditation; returns the request id (not yet routed). */
	String ask(City city) {
		Person admin = person("admin-" + city.getSlug() + "@example.org", "Ada Admin", city, Role.CITY_ADMIN);
		LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
		// Paul agreed to be named; the frozen rows carry no ids (as before members had them): his is derived
		CouncilMember paul = new CouncilMember(null, "Paul Public", "City hall", CouncilProfile.POLICY_MAKER, null);
		plans.save(city.getId(), PlanPart.COUNCIL, 0, new Council(List.of(paul)), new Editor(admin.getId(), "Ada"));
		consents.record(city.getId(), paul.id(), CouncilConsentScope.NETWORK, ConsentBasis.IN_WRITING, today,
				new Editor(admin.getId(), "Ada"));
		return accreditation.submit(city.getId(), admin.getId(), new PlanSnapshot(plan(), 2, clock.instant()),
				Set.of("en"), Set.of(), new Period(today.plusDays(10), today.plusDays(40)));
	}

	/** The secretariat routes every waiting request and confirms these: invitations go out. */
	List<AccreditationRequest> routeAndConfirm(String... requestIds) {
		routing.preview(secretariat.getId());
		List<AccreditationRequest> confirmed = new ArrayList<>();
		for (String id : requestIds) {
			confirmed.add(routing.confirm(secretariat.getId(), id));
		}
		return confirmed;
	}

	AccreditationRequest request(String id) {
		return requests.byId(id).orElseThrow();
	}

	List<String> seated(String requestId) {
		return request(requestId).currentSeats().stream().map(ReviewerSeat::reviewerId).toList();
	}

	Person reviewerOf(String requestId, int index) {
		return people.findById(seated(requestId).get(index)).orElseThrow();
	}

	/** The reviewer's latest seat of the request's current round. */
	ReviewerSeat seatOf(String requestId, Person reviewer) {
		return request(requestId).currentSeats()
			.stream()
			.filter(s -> s.reviewerId().equals(reviewer.getId()))
			.reduce((a, b) -> b)
			.orElseThrow();
	}

	/** A reviewer of the network who holds no seat on this request. */
	Person notSeatedOn(String requestId) {
		List<String> seated = seated(requestId);
		return reviewers.values().stream().filter(p -> !seated.contains(p.getId())).findFirst().orElseThrow();
	}

	static Map<Criterion, CriterionScore> scores(int value, String evidence) {
		Map<Criterion, CriterionScore> scores = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			scores.put(criterion, new CriterionScore(criterion, value, evidence + " " + criterion));
		}
		return scores;
	}

	/** Whether a frozen member of {@link #plan()} is named: Paul consented, Harriet did not. */
	static boolean named(String memberId) {
		return memberId.equals(CouncilMember.legacyId("Paul Public", "City hall", "POLICY_MAKER"));
	}

	/** What the plan feature freezes: the parts of the plan, here with a council member who keeps her name private. */
	static Map<String, Object> plan() {
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("mission", Map.of("mission", "No one walks alone in our city", "vision", "Recovery seen everywhere"));
		plan.put("council", Map.of("members", List.of(
				Map.of("name", "Hidden Harriet", "organisation", "Recovery Cafe", "profile", "PERSON_IN_RECOVERY",
						"personId", "person-secret-id", "namePublic", false),
				Map.of("name", "Paul Public", "organisation", "City hall", "profile", "POLICY_MAKER", "namePublic",
						true))));
		plan.put("baseline", Map.of("stakeholders", List.of(Map.of("organisation", "Housing Corporation", "sector",
				"HOUSING", "influence", "HIGH", "interest", "LOW"))));
		plan.put("activities", Map.of("activities", List.of(Map.of("title", "Recovery walk", "type", "RECOVERY_WALK",
				"startDate", Date.from(java.time.Instant.parse("2027-05-01T00:00:00Z")), "coDefined", true))));
		plan.put("evidence", List.of(Map.of("title", "Council minutes", "url", "https://evidence.example/minutes.pdf")));
		return plan;
	}

}
