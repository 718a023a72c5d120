package org.inclusivecities.platform.accreditation.pool;

import java.time.Clock;

import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.join.Fixtures;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.ConflictKind;
import org.inclusivecities.platform.pool.ReviewerNomination;
import org.inclusivecities.platform.pool.ReviewerPoolService;
import org.inclusivecities.platform.pool.ReviewerProfile;
import org.inclusivecities.platform.pool.TieKind;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.inclusivecities.platform.join.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every route of the reviewer-pool pages tried from another city, by members who are not city administrators and
 * with bad input: 404 (or field messages) and the pool exactly as it was. Plus what a city admin and a reviewer
 * can do.
 */
@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(org.inclusivecities.platform.accreditation.AccreditationNetwork.Setup.class)
class ReviewerPoolPagesIntegrationTest {

	@Autowired
	Clock clock;

	@Autowired
	org.inclusivecities.platform.accreditation.AccreditationNetwork network;

	@Autowired
	org.inclusivecities.platform.request.AccreditationService accreditation;

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ReviewerPoolService pool;

	City cityA;

	City cityB;

	City cityC;

	Person adminA;

	Person councilA;

	Person reviewerA;

	Person otherReviewerA;

	Person adminB;

	Person reviewerB;

	ReviewerNomination nominationA;

	ReviewerNomination nominationB;

	@BeforeEach
	void threeCities() {
		Fixtures fixtures = new Fixtures(cities, people, encoder);
		cityA = cities.findBySlug("antwerpen").orElseGet(() -> fixtures.memberCity("Antwerpen", "BE"));
		cityB = cities.findBySlug("glasgow").orElseGet(() -> fixtures.memberCity("Glasgow", "GB"));
		cityC = cities.findBySlug("porto").orElseGet(() -> fixtures.memberCity("Porto", "PT"));
		adminA = person(fixtures, "admin@antwerpen.example", cityA, Role.CITY_ADMIN);
		councilA = person(fixtures, "council@antwerpen.example", cityA, Role.COUNCIL_MEMBER);
		reviewerA = person(fixtures, "rita.reviewer@antwerpen.example", cityA, Role.REVIEWER);
		otherReviewerA = person(fixtures, "otto.reviewer@antwerpen.example", cityA, Role.REVIEWER);
		adminB = person(fixtures, "admin@glasgow.example", cityB, Role.CITY_ADMIN);
		reviewerB = person(fixtures, "rab.reviewer@glasgow.example", cityB, Role.REVIEWER);
		mongo.remove(new Query(), ReviewerNomination.class);
		mongo.remove(new Query(), "cityTies");
		nominationA = pool.nominate(cityA.getId(), reviewerA.getId(),
				new ReviewerProfile(Set.of("nl"), Set.of("recovery-cafe"), 2), adminA.getId());
		nominationB = pool.nominate(cityB.getId(), reviewerB.getId(), new ReviewerProfile(Set.of("en"), Set.of(), 1),
				adminB.getId());
		pool.declareTie(cityA.getId(), cityC.getId(), TieKind.TWINNING, adminA.getId());
	}

	private Person person(Fixtures fixtures, String email, City city, Role role) {
		return people.findByEmail(email).orElseGet(() -> fixtures.person(email, null, city, role));
	}

	@Test
	void aCityAdminOfAnotherCityGetsNotFoundOnEveryRouteOfTheCityAndChangesNothing() throws Exception {
		var before = poolOfA();
		for (MockHttpServletRequestBuilder request : routesOfA()) {
			mvc.perform(request.with(as(adminB)).with(csrf()))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("rita.reviewer"))));
		}
		assertThat(poolOfA()).isEqualTo(before);
	}

	@Test
	void aNominationOfAnotherCityIsNotFoundThroughOnesOwnCity() throws Exception {
		var before = poolOfA();
		String foreign = "/my/cities/glasgow/reviewers/" + nominationA.getId();
		mvc.perform(get(foreign).with(as(adminB))).andExpect(status().isNotFound());
		mvc.perform(post(foreign + "/unavailable").param("from", "2030-01-01")
			.param("to", "2030-01-31")
			.with(as(adminB))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(foreign + "/withdraw").with(as(adminB)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(nominate("/my/cities/glasgow", reviewerA.getId(), "3").with(as(adminB)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a member of your city who has the reviewer role")));
		assertThat(poolOfA()).isEqualTo(before);
		assertThat(pool.nominationsOf(cityB.getId())).extracting(ReviewerNomination::getPersonId)
			.containsExactly(reviewerB.getId());
	}

	@Test
	void membersWhoAreNotCityAdminsCannotSeeOrChangeThePool() throws Exception {
		var before = poolOfA();
		for (Person member : new Person[] { councilA, reviewerA }) {
			for (MockHttpServletRequestBuilder request : routesOfA()) {
				mvc.perform(request.with(as(member)).with(csrf())).andExpect(status().isNotFound());
			}
		}
		assertThat(poolOfA()).isEqualTo(before);
	}

	@Test
	void aCityAdminRemovesATieButNotWhileARequestIsUnderWayNorAnotherCitysTie() throws Exception {
		String tie = tieOfA();
		pool.declareTie(cityB.getId(), cityC.getId(), TieKind.REGIONAL_NETWORK, adminB.getId());
		String tieOfB = pool.tiesOf(cityB.getId()).getFirst().getId();
		// another city's tie through one's own city, an unknown tie: not found, nothing removed
		mvc.perform(post("/my/cities/antwerpen/reviewers/ties/remove").param("tie", tieOfB).with(as(adminA)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/my/cities/antwerpen/reviewers/ties/remove").param("tie", "no-such-tie").with(as(adminA))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/my/cities/antwerpen/reviewers/ties/remove").with(as(adminA)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(pool.tiesOf(cityB.getId())).hasSize(1);

		// while A's accreditation request is under way the tie stays, and the page says why
		java.time.LocalDate start = java.time.LocalDate.now(clock).plusDays(10);
		String request = network.ask(cityA.getId(), adminA,
				new org.inclusivecities.platform.request.PlanSnapshot(java.util.Map.of("mission", "m"), 1L,
						clock.instant()),
				Set.of("nl"), new org.inclusivecities.platform.pool.Period(start, start.plusDays(30)));
		try {
			var refused = mvc.perform(post("/my/cities/antwerpen/reviewers/ties/remove").param("tie", tie)
				.with(as(adminA)).with(csrf())).andExpect(status().isFound()).andReturn();
			assertThat(pool.tiesOf(cityA.getId())).extracting(t -> t.getId()).containsExactly(tie);
			mvc.perform(get("/my/cities/antwerpen/reviewers").with(as(adminA))
				.flashAttrs(refused.getFlashMap())).andExpect(content().string(containsString("The tie stays")))
				.andExpect(content().string(containsString("while your city&#39;s accreditation request is being reviewed")));
		}
		finally {
			accreditation.withdraw(cityA.getId(), request, adminA.getId(), "test over");
		}

		// afterwards it goes, with a confirmation
		var removed = mvc.perform(post("/my/cities/antwerpen/reviewers/ties/remove").param("tie", tie).with(as(adminA))
			.with(csrf())).andExpect(status().isFound()).andReturn();
		assertThat(pool.tiesOf(cityA.getId())).isEmpty();
		assertThat(pool.tiesOf(cityB.getId())).as("B's tie untouched").hasSize(1);
		mvc.perform(get("/my/cities/antwerpen/reviewers").with(as(adminA)).flashAttrs(removed.getFlashMap()))
			.andExpect(content().string(containsString("The tie is removed")))
			.andExpect(content().string(containsString("Your city has not declared any ties")));
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		for (MockHttpServletRequestBuilder request : routesOfA()) {
			mvc.perform(request.with(csrf())).andExpect(status().isFound());
		}
		mvc.perform(get("/my/reviewer/conflicts")).andExpect(status().isFound());
	}

	@Test
	void badNominationsAreFieldMessagesAndSaveNothing() throws Exception {
		var before = poolOfA();
		String a = "/my/cities/antwerpen";
		Person notReviewer = councilA;
		expectFieldError(post(a + "/reviewers/nominate").param("personId", otherReviewerA.getId())
			.param("maxConcurrentReviews", "2"), "languages", "Select at least one language");
		expectFieldError(nominate(a, otherReviewerA.getId(), "0"), "maxConcurrentReviews",
				"The maximum must be a whole number from 1 to 10");
		expectFieldError(nominate(a, otherReviewerA.getId(), "11"), "maxConcurrentReviews",
				"The maximum must be a whole number from 1 to 10");
		expectFieldError(nominate(a, otherReviewerA.getId(), "two"), "maxConcurrentReviews",
				"The maximum must be a whole number from 1 to 10");
		expectFieldError(nominate(a, otherReviewerA.getId(), ""), "maxConcurrentReviews",
				"Enter the maximum number of reviews at the same time");
		expectFieldError(nominate(a, notReviewer.getId(), "2"), "personId",
				"Choose a member of your city who has the reviewer role");
		expectFieldError(nominate(a, reviewerB.getId(), "2"), "personId",
				"Choose a member of your city who has the reviewer role");
		expectFieldError(nominate(a, "", "2"), "personId", "Choose the person to nominate");
		expectFieldError(nominate(a, otherReviewerA.getId(), "2").param("languages", "klingon"), "languages",
				"Select languages from the list");
		expectFieldError(nominate(a, otherReviewerA.getId(), "2").param("activityTypes", "juggling"), "activityTypes",
				"Select expertise from the list");
		assertThat(poolOfA()).isEqualTo(before);
	}

	@Test
	void badPeriodsAndTiesAreFieldMessagesAndSaveNothing() throws Exception {
		var before = poolOfA();
		String nomination = "/my/cities/antwerpen/reviewers/" + nominationA.getId() + "/unavailable";
		expectFieldError(post(nomination).param("from", "2030-02-10").param("to", "2030-02-01"), "to",
				"The last day must be the same as or after the first day");
		expectFieldError(post(nomination).param("from", "10/02/2030").param("to", "2030-02-11"), "from",
				"Enter the date as year-month-day");
		expectFieldError(post(nomination).param("from", "").param("to", "2030-02-11"), "from", "Enter a date");
		expectFieldError(post(nomination).param("from", "2030-02-01").param("to", "+999999999-12-31"), "to",
				"Enter the date as year-month-day");
		expectFieldError(post(nomination).param("from", "2001-01-01").param("to", "2001-01-02"), "to",
				"The period has already ended");
		String ties = "/my/cities/antwerpen/reviewers/ties";
		expectFieldError(post(ties).param("cityId", "no-such-city").param("kind", "TWINNING"), "cityId",
				"Choose a city from the list");
		expectFieldError(post(ties).param("cityId", cityA.getId()).param("kind", "TWINNING"), "cityId",
				"Choose a city other than your own");
		expectFieldError(post(ties).param("cityId", cityB.getId()).param("kind", "FRIENDS"), "kind",
				"Choose one of the options");
		expectFieldError(post(ties).param("kind", "TWINNING"), "cityId", "Choose a city");
		assertThat(poolOfA()).isEqualTo(before);
	}

	@Test
	void aCityAdminNominatesMarksUnavailableWithdrawsNominatesAgainAndDeclaresTies() throws Exception {
		mvc.perform(nominate("/my/cities/antwerpen", otherReviewerA.getId(), "3").param("languages", "en")
			.param("activityTypes", "recovery-cafe")
			.param("sectors", "employment")
			.with(as(adminA))
			.with(csrf())).andExpect(status().isFound());
		ReviewerNomination otto = pool.nominationsOf(cityA.getId())
			.stream()
			.filter(n -> n.getPersonId().equals(otherReviewerA.getId()))
			.findFirst()
			.orElseThrow();
		assertThat(otto.getLanguages()).containsExactlyInAnyOrder("nl", "en");
		assertThat(otto.getExpertise()).containsExactlyInAnyOrder("recovery-cafe", "employment");
		assertThat(otto.getMaxConcurrentReviews()).isEqualTo(3);

		String page = "/my/cities/antwerpen/reviewers/" + otto.getId();
		mvc.perform(post(page + "/unavailable").param("from", "2030-03-01")
			.param("to", "2030-03-01")
			.with(as(adminA))
			.with(csrf())).andExpect(redirectedUrl(page));
		mvc.perform(get(page).with(as(adminA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 March 2030 to 1 March 2030")))
			.andExpect(content().string(containsString("Recovery café")));

		mvc.perform(post(page + "/withdraw").with(as(adminA)).with(csrf()))
			.andExpect(redirectedUrl("/my/cities/antwerpen/reviewers"));
		assertThat(nomination(otto.getId()).isActive()).isFalse();
		mvc.perform(nominate("/my/cities/antwerpen", otherReviewerA.getId(), "1").with(as(adminA)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(nomination(otto.getId()).isActive()).isTrue();
		assertThat(nomination(otto.getId()).getMaxConcurrentReviews()).isEqualTo(1);

		mvc.perform(post("/my/cities/antwerpen/reviewers/ties").param("cityId", cityB.getId())
			.param("kind", "REGIONAL_NETWORK")
			.with(as(adminA))
			.with(csrf())).andExpect(redirectedUrl("/my/cities/antwerpen/reviewers"));
		assertThat(pool.tiesOf(cityA.getId())).extracting(t -> t.getOtherCityId() + ":" + t.getKind())
			.containsExactlyInAnyOrder(cityC.getId() + ":TWINNING", cityB.getId() + ":REGIONAL_NETWORK");
		assertThat(pool.tiesOf(cityB.getId())).isEmpty();
		mvc.perform(get("/my/cities/antwerpen/reviewers").with(as(adminA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rita.reviewer")))
			.andExpect(content().string(containsString("otto.reviewer")))
			.andExpect(content().string(containsString("Same regional network")))
			.andExpect(content().string(not(containsString("rab.reviewer"))));
	}

	@Test
	void theNominateFormExplainsHowToGiveTheRoleWhenNobodyHasIt() throws Exception {
		mvc.perform(get("/my/cities/glasgow/reviewers/nominate").with(as(adminB)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"personId\"")));
		City empty = cities.findBySlug("bergen")
			.orElseGet(() -> new Fixtures(cities, people, encoder).memberCity("Bergen", "NO"));
		Person admin = person(new Fixtures(cities, people, encoder), "admin@bergen.example", empty, Role.CITY_ADMIN);
		mvc.perform(get("/my/cities/bergen/reviewers/nominate").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nobody in your city has the reviewer role yet")))
			.andExpect(content().string(containsString("href=\"/my/cities/bergen/members\"")))
			.andExpect(content().string(not(containsString("name=\"personId\""))));
	}

	@Test
	void aReviewerDeclaresTheirOwnConflictsAndNobodyElses() throws Exception {
		mvc.perform(get("/my/reviewer/conflicts").with(as(reviewerA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nominated by Antwerpen")))
			.andExpect(content().string(not(containsString("Glasgow\" selected"))));
		mvc.perform(post("/my/reviewer/conflicts").param("nominationId", nominationA.getId())
			.param("cityId", cityB.getId())
			.param("kind", "WORKED_FOR")
			.with(as(reviewerA))
			.with(csrf())).andExpect(redirectedUrl("/my/reviewer/conflicts"));
		assertThat(nomination(nominationA.getId()).getConflicts())
			.extracting(c -> c.cityId() + ":" + c.kind() + ":" + c.declaredBy())
			.containsExactly(cityB.getId() + ":" + ConflictKind.WORKED_FOR + ":" + reviewerA.getId());

		var before = poolOfA();
		var beforeB = nomination(nominationB.getId()).getConflicts();
		expectConflictError(reviewerA, nominationA.getId(), cityA.getId(), "WORKED_FOR", "cityId",
				"You cannot declare a conflict with the city that nominated you");
		expectConflictError(reviewerA, nominationA.getId(), "no-such-city", "OTHER", "cityId",
				"Choose a city from the list");
		expectConflictError(reviewerA, nominationA.getId(), cityC.getId(), "BORED", "kind", "Choose one of the options");
		// someone else's nomination: not among one's own, whoever asks
		expectConflictError(reviewerA, nominationB.getId(), cityC.getId(), "OTHER", "nominationId",
				"Choose the nomination");
		expectConflictError(adminA, nominationA.getId(), cityC.getId(), "OTHER", "nominationId",
				"Choose the nomination");
		assertThat(poolOfA()).isEqualTo(before);
		assertThat(nomination(nominationB.getId()).getConflicts()).isEqualTo(beforeB);
	}

	@Test
	void everyPoolPageIsValidHtmlWithAndWithoutErrors() throws Exception {
		String a = "/my/cities/antwerpen/reviewers";
		String nomination = a + "/" + nominationA.getId();
		pool.declareConflict(cityA.getId(), nominationA.getId(), cityB.getId(), ConflictKind.TWINNED, reviewerA.getId());
		pool.markUnavailable(cityA.getId(), nominationA.getId(),
				new org.inclusivecities.platform.pool.Period(java.time.LocalDate.of(2030, 1, 1),
						java.time.LocalDate.of(2030, 1, 2)),
				adminA.getId());
		List<MockHttpServletRequestBuilder> pages = List.of(get(a), get(a + "/nominate"),
				get(a + "/nominate").param("person", reviewerA.getId()), get(nomination),
				post(a + "/nominate").param("maxConcurrentReviews", "0"),
				post(nomination + "/unavailable").param("from", "x").param("to", ""),
				post(a + "/ties").param("cityId", "x"),
				get(a).flashAttr("tieError", "The tie stays while a request is reviewed."));
		for (MockHttpServletRequestBuilder page : pages) {
			String html = mvc.perform(page.with(as(adminA)).with(csrf())).andReturn().getResponse().getContentAsString();
			assertThat(html).contains("govuk-heading-l");
			org.inclusivecities.platform.browser.HtmlChecker.assertValid(html, page.toString());
		}
		for (MockHttpServletRequestBuilder page : List.of(get("/my/reviewer/conflicts"),
				post("/my/reviewer/conflicts").param("nominationId", nominationA.getId()).param("cityId", "x"))) {
			String html = mvc.perform(page.with(as(reviewerA)).with(csrf())).andReturn().getResponse().getContentAsString();
			assertThat(html).contains("govuk-heading-l", "name=\"cityId\"");
			org.inclusivecities.platform.browser.HtmlChecker.assertValid(html, "conflicts");
		}
	}

	private void expectFieldError(MockHttpServletRequestBuilder request, String field, String message)
			throws Exception {
		mvc.perform(request.with(as(adminA)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#" + field + "\"")))
			.andExpect(content().string(containsString("id=\"" + field + "-error\"")))
			.andExpect(content().string(containsString(message)));
	}

	private void expectConflictError(Person actor, String nominationId, String cityId, String kind, String field,
			String message) throws Exception {
		mvc.perform(post("/my/reviewer/conflicts").param("nominationId", nominationId)
			.param("cityId", cityId)
			.param("kind", kind)
			.with(as(actor))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#" + field + "\"")))
			.andExpect(content().string(containsString(message)));
	}

	private static MockHttpServletRequestBuilder nominate(String city, String personId, String cap) {
		return post(city + "/reviewers/nominate").param("personId", personId)
			.param("languages", "nl")
			.param("maxConcurrentReviews", cap);
	}

	private ReviewerNomination nomination(String id) {
		return mongo.findById(id, ReviewerNomination.class);
	}

	private MockHttpServletRequestBuilder[] routesOfA() {
		String a = "/my/cities/antwerpen/reviewers";
		String nomination = a + "/" + nominationA.getId();
		return new MockHttpServletRequestBuilder[] { get(a), get(a + "/nominate"),
				get(a + "/nominate").param("person", reviewerA.getId()),
				nominate("/my/cities/antwerpen", otherReviewerA.getId(), "2"),
				nominate("/my/cities/antwerpen", reviewerA.getId(), "9"), get(nomination),
				post(nomination + "/unavailable").param("from", "2030-01-01").param("to", "2030-01-31"),
				post(nomination + "/withdraw"),
				post(a + "/ties").param("cityId", cityB.getId()).param("kind", "TWINNING"),
				post(a + "/ties/remove").param("tie", tieOfA()) };
	}

	private String tieOfA() {
		return pool.tiesOf(cityA.getId()).getFirst().getId();
	}

	/** A's nominations and ties as stored, field by field. */
	private List<Object> poolOfA() {
		return List.of(
				mongo.find(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("cityId")
					.is(cityA.getId())), Document.class, "reviewerNominations"),
				mongo.findAll(Document.class, "cityTies"), mongo.getCollection("reviewerNominations").countDocuments());
	}

}
