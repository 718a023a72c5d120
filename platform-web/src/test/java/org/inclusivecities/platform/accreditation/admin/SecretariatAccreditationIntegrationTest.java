package org.inclusivecities.platform.accreditation.admin;

import java.time.Clock;

import java.time.LocalDate;
import java.util.List;

import org.inclusivecities.platform.accreditation.AccreditationNetwork;
import org.inclusivecities.platform.browser.HtmlChecker;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.ReviewerPool;
import org.inclusivecities.platform.pool.ReviewerPoolService;
import org.inclusivecities.platform.pool.TieKind;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.request.ReviewRouting;
import org.inclusivecities.platform.request.ReviewerSeat;
import org.inclusivecities.platform.request.Reviews;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat's accreditation pages over HTTP: only network admins get in (city admins, reviewers and
 * members are refused on every route and nothing changes), the routing proposal explains itself and names the
 * rule that blocks an unstaffed request, a refused swap names its rule and changes nothing, confirming sends
 * the invitations, and the decision form rejects bad input without saving and refuses a second decision.
 */
@PlatformIntegrationTest
@AutoConfigureMockMvc
@Import(AccreditationNetwork.Setup.class)
class SecretariatAccreditationIntegrationTest {

	@Autowired
	Clock clock;

	@Autowired
	AccreditationNetwork network;

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	ReviewerPoolService pool;

	@Autowired
	ReviewerPool reviewerPool;

	@Autowired
	RequestsInReview requests;

	@Autowired
	ReviewRouting routing;

	@Autowired
	Reviews reviews;

	@Autowired
	Outbox outbox;

	SecretariatFixture seed;

	@BeforeEach
	void fixture() {
		seed = new SecretariatFixture(network);
	}

	/** The page is valid HTML (Nu HTML Checker). */
	private static ResultHandler valid(String what) {
		return result -> HtmlChecker.assertValid(result.getResponse().getContentAsString(), what);
	}

	@Test
	void onlyTheSecretariatGetsInAndOthersChangeNothing() throws Exception {
		City city = seed.city("Guardville");
		Person admin = seed.person("Guard Admin", city, Role.CITY_ADMIN);
		Person reviewer = seed.reviewer("Guard Reviewer", seed.city("Guard Reviewer City"));
		Person member = seed.person("Guard Member", city, Role.COUNCIL_MEMBER);
		String id = seed.request(city, admin);
		AccreditationRequest before = requests.byId(id).orElseThrow();

		for (Person stranger : List.of(admin, reviewer, member)) {
			var who = authentication(signedIn(stranger));
			for (String page : List.of("/admin/accreditation", "/admin/accreditation/" + id)) {
				mvc.perform(get(page).with(who)).andExpect(status().isForbidden());
			}
			for (MockHttpServletRequestBuilder change : List.of(post("/admin/accreditation/proposal"),
					post("/admin/accreditation/" + id + "/swap").param("outgoing", "x").param("incoming", reviewer.getId()),
					post("/admin/accreditation/" + id + "/confirm"),
					post("/admin/accreditation/" + id + "/decision").param("outcome", "ACCREDIT").param("reasons", "Fine"))) {
				mvc.perform(change.with(who).with(csrf())).andExpect(status().isForbidden());
			}
		}
		mvc.perform(get("/admin/accreditation")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/accreditation/proposal").with(csrf())).andExpect(status().is3xxRedirection());

		AccreditationRequest after = requests.byId(id).orElseThrow();
		assertThat(after.getStatus()).isEqualTo(RequestStatus.AWAITING_REVIEWERS);
		assertThat(after.getSeats()).isEmpty();
		assertThat(after.getAudit()).isEqualTo(before.getAudit());
		assertThat(after.getVersion()).isEqualTo(before.getVersion());
	}

	@Test
	void proposalExplainsItselfRefusedSwapNamesTheRuleAndConfirmSendsInvitations() throws Exception {
		Person secretariat = seed.secretariat("Proposal Secretariat");
		var asSecretariat = authentication(signedIn(secretariat));
		City askville = seed.city("Askville");
		City lonely = seed.city("Lonelytown");
		Person askAdmin = seed.person("Askville Admin", askville, Role.CITY_ADMIN);
		Person ownReviewer = seed.reviewer("Own Reviewer", askville);
		List<Person> others = new java.util.ArrayList<>();
		for (String name : List.of("Northam", "Southam", "Eastam", "Westam")) {
			City reviewerCity = seed.city(name);
			others.add(seed.reviewer("Reviewer of " + name, reviewerCity));
		}
		seed.reviewer("Lonely Reviewer", lonely);
		// Lonelytown is tied to every other city with reviewers (also those other tests seeded): only its own are left
		reviewerPool.activeReviewers()
			.stream()
			.map(n -> n.getCityId())
			.filter(c -> !c.equals(lonely.getId()))
			.distinct()
			.forEach(c -> pool.declareTie(lonely.getId(), c, TieKind.REGIONAL_NETWORK, "test"));
		String id = seed.request(askville, askAdmin);
		String lonelyId = seed.request(lonely, seed.person("Lonely Admin", lonely, Role.CITY_ADMIN));

		// routing runs in the background; a quick run is over before the redirect, which then shows its outcome
		String run = mvc.perform(post("/admin/accreditation/proposal").with(asSecretariat).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(run).with(asSecretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Routing outcome"),
					containsString("Proposed reviewers for Askville"), containsString("Shares a language with the request"),
					containsString("Reviews under way for this reviewer, this one included: 1"),
					containsString("Requests that could not be staffed"), containsString("Lonelytown"),
					containsString("Blocked mainly by:"),
					containsString("never a reviewer from a city with a declared tie (twinning, regional network)"),
					containsString("Too few eligible reviewers"),
					containsString("never a reviewer from the requesting city\u201d removed 1 reviewers"))))
			.andDo(valid("proposal page"));
		AccreditationRequest proposed = requests.byId(id).orElseThrow();
		assertThat(proposed.getStatus()).isEqualTo(RequestStatus.PROPOSED);
		assertThat(requests.byId(lonelyId).orElseThrow().getStatus()).isEqualTo(RequestStatus.AWAITING_REVIEWERS);
		List<String> seated = proposed.currentSeats().stream().map(ReviewerSeat::reviewerId).toList();
		assertThat(seated).hasSize(3).doesNotContain(ownReviewer.getId());

		mvc.perform(get("/admin/accreditation").with(asSecretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/admin/accreditation/" + id + "\""),
					containsString("Reviewers proposed"), containsString("Lonelytown"))))
			.andDo(valid("overview"));

		// a reviewer from the requesting city: refused with the rule in words, nothing changes
		String outgoing = seated.getFirst();
		mvc.perform(post("/admin/accreditation/" + id + "/swap").with(asSecretariat).with(csrf())
			.param("outgoing", outgoing).param("incoming", ownReviewer.getId()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("There is a problem"),
					containsString("href=\"#incoming-" + outgoing + "\""),
					containsString("Swap refused: never a reviewer from the requesting city"))))
			.andDo(valid("refused swap"));
		mvc.perform(post("/admin/accreditation/" + id + "/swap").with(asSecretariat).with(csrf())
			.param("outgoing", outgoing).param("incoming", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose the reviewer who takes this seat")));
		AccreditationRequest unchanged = requests.byId(id).orElseThrow();
		assertThat(unchanged.currentSeats().stream().map(ReviewerSeat::reviewerId).toList()).isEqualTo(seated);
		assertThat(unchanged.getAudit()).isEqualTo(proposed.getAudit());

		// a valid swap: the free reviewer takes the seat
		String free = others.stream().map(Person::getId).filter(r -> !seated.contains(r)).findFirst().orElseThrow();
		mvc.perform(post("/admin/accreditation/" + id + "/swap").with(asSecretariat).with(csrf())
			.param("outgoing", outgoing).param("incoming", free))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/accreditation/" + id))
			.andExpect(flash().attribute("flash", "The reviewer has been swapped."));
		List<String> afterSwap = requests.byId(id).orElseThrow().currentSeats().stream().map(ReviewerSeat::reviewerId).toList();
		assertThat(afterSwap).contains(free).doesNotContain(outgoing);
		mvc.perform(get("/admin/accreditation/" + id).with(asSecretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Chosen by hand by the secretariat"),
					containsString("Reviewer swapped"), containsString("Proposal Secretariat"))));

		mvc.perform(post("/admin/accreditation/" + id + "/confirm").with(asSecretariat).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Invitations sent to 3 reviewers."));
		assertThat(requests.byId(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.IN_REVIEW);
		for (String reviewerId : afterSwap) {
			String email = people.findById(reviewerId).orElseThrow().getEmail();
			assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(email)).as("invitation to " + reviewerId)
				.anyMatch(m -> "review-invitation".equals(m.getTemplate()));
		}
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(ownReviewer.getEmail())).isEmpty();

		// confirming twice, or swapping after confirming: 409 with the reason
		mvc.perform(post("/admin/accreditation/" + id + "/confirm").with(asSecretariat).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("only proposed reviewers can be confirmed")));
		mvc.perform(post("/admin/accreditation/" + id + "/swap").with(asSecretariat).with(csrf())
			.param("outgoing", free).param("incoming", outgoing))
			.andExpect(status().isConflict());
		mvc.perform(get("/admin/accreditation/unknown-request").with(asSecretariat)).andExpect(status().isNotFound());
	}

	/**
	 * A city makes its language a hard rule on its request form: routing then proposes only reviewers who read it.
	 * Another city's request in a language no reviewer reads is staffed all the same, and its panel is flagged on
	 * the run's outcome and on the request's page.
	 */
	@Test
	void aCityMayMakeItsLanguageARuleAndAPanelThatReadsNoneOfItsLanguagesIsFlagged() throws Exception {
		var asSecretariat = authentication(signedIn(seed.secretariat("Language Secretariat")));
		City strict = network.city("Strictville", 80_000L, "fr", clock.instant());
		City lenient = network.city("Lenientville", 80_000L, "de", clock.instant());
		var asStrictAdmin = authentication(signedIn(seed.person("Strict Admin", strict, Role.CITY_ADMIN)));
		Person lenientAdmin = seed.person("Lenient Admin", lenient, Role.CITY_ADMIN);
		List<String> french = new java.util.ArrayList<>();
		for (String name : List.of("Lyon", "Nantes", "Lille")) {
			City city = seed.city(name + " Language City");
			french.add(network.nominate(seed.person("Reader of " + name, city, Role.REVIEWER), city.getId(),
					new org.inclusivecities.platform.pool.ReviewerProfile(java.util.Set.of("fr"), java.util.Set.of(), 2))
				.getId());
		}
		seed.reviewersInFourCities("Language Reviewer", "Language Town");
		String page = "/my/cities/" + strict.getSlug() + "/accreditation";
		mvc.perform(get(page).with(asStrictAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"languageRequired\""),
					containsString("Your languages: fr."))))
			.andDo(valid("request form"));
		LocalDate from = LocalDate.now(clock).plusMonths(2);
		mvc.perform(post(page).with(asStrictAdmin).with(csrf())
			.param("reviewFrom", from.toString())
			.param("reviewTo", from.plusMonths(1).toString())
			.param("languageRequired", "true"))
			.andExpect(status().is3xxRedirection());
		AccreditationRequest filed = requests.withStatus(RequestStatus.AWAITING_REVIEWERS)
			.stream()
			.filter(r -> r.getCityId().equals(strict.getId()))
			.findFirst()
			.orElseThrow();
		assertThat(filed.isLanguageRequired()).isTrue();
		String lenientId = network.ask(lenient.getId(), lenientAdmin,
				new org.inclusivecities.platform.request.PlanSnapshot(java.util.Map.of("mission", "Together"), 1,
						clock.instant()),
				java.util.Set.of("de"), new org.inclusivecities.platform.pool.Period(from, from.plusMonths(1)));

		String run = mvc.perform(post("/admin/accreditation/proposal").with(asSecretariat).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(run).with(asSecretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Proposed reviewers for Lenientville"),
					containsString("reads the request&#39;s language (de)."), not(containsString("language (fr)")))))
			.andDo(valid("proposal page with a flagged panel"));
		assertThat(requests.byId(filed.getId()).orElseThrow().currentSeats()).extracting(ReviewerSeat::reviewerId)
			.hasSize(3)
			.allMatch(french::contains);
		assertThat(requests.byId(lenientId).orElseThrow().currentSeats()).hasSize(3);
		mvc.perform(get("/admin/accreditation/" + filed.getId()).with(asSecretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("required by the city"),
					not(containsString("language-unread")))));
		mvc.perform(get("/admin/accreditation/" + lenientId).with(asSecretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("language-unread"),
					containsString("reads the request&#39;s language (de)."), not(containsString("required by the city")))))
			.andDo(valid("request page with a flagged panel"));
	}

	@Test
	void decisionRejectsBadInputWithoutSavingAndCannotBeTakenTwice() throws Exception {
		Person secretariat = seed.secretariat("Decision Secretariat");
		var asSecretariat = authentication(signedIn(secretariat));
		City city = seed.city("Decidedam");
		String id = seed.request(city, seed.person("Decidedam Admin", city, Role.CITY_ADMIN));
		for (String name : List.of("Scoreham", "Scoreby", "Scorewick")) {
			seed.reviewer("Scorer of " + name, seed.city(name));
		}
		routing.preview(secretariat.getId());
		List<ReviewerSeat> seats = routing.confirm(secretariat.getId(), id).currentSeats();
		int[] values = { 2, 4, 4 };
		for (int i = 0; i < seats.size(); i++) {
			reviews.submit(seats.get(i).reviewerId(), id, SecretariatFixture.scores(values[i]),
					Recommendation.ACCREDIT_WITH_CONDITIONS, "Good start");
		}
		assertThat(requests.byId(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.REVIEWED);
		String page = "/admin/accreditation/" + id;

		mvc.perform(get(page).with(asSecretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Disagreement: scores differ by 2 or more"),
					containsString("3.3"), containsString("Accredit with conditions"), containsString("Record the decision"),
					containsString("Action plan version 3"), containsString("Review submitted"))))
			.andDo(valid("request with decision form"));

		// missing reasons and conditions
		mvc.perform(post(page + "/decision").with(asSecretariat).with(csrf())
			.param("outcome", "ACCREDIT_WITH_CONDITIONS").param("reasons", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("href=\"#reasons\""),
					containsString("Enter the reasons for the decision"), containsString("href=\"#conditionText-0\""),
					containsString("Add at least one condition with a due date"))))
			.andDo(valid("decision errors"));
		// no outcome; conditions with an outcome that has none
		mvc.perform(post(page + "/decision").with(asSecretariat).with(csrf()).param("reasons", "Solid plan"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("href=\"#outcome\""), containsString("Choose an outcome"))));
		mvc.perform(post(page + "/decision").with(asSecretariat).with(csrf())
			.param("outcome", "ACCREDIT").param("reasons", "Solid plan")
			.param("conditionText", "Publish the monitoring report", "", "")
			.param("conditionDue", LocalDate.now(clock).plusMonths(3).toString(), "", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Conditions only go with accredit with conditions")));
		mvc.perform(post(page + "/decision").with(asSecretariat).with(csrf())
			.param("outcome", "ACCREDIT_WITH_CONDITIONS").param("reasons", "Solid plan")
			.param("conditionText", "Publish the monitoring report", "", "")
			.param("conditionDue", "2027-02-30", LocalDate.now(clock).plusMonths(3).toString(), ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("href=\"#conditionDue-0\""),
					containsString("Enter a real date, like 2027-03-01"), containsString("href=\"#conditionText-1\""),
					containsString("Describe the condition for this due date"),
					containsString("value=\"Publish the monitoring report\""))));
		AccreditationRequest untouched = requests.byId(id).orElseThrow();
		assertThat(untouched.getStatus()).isEqualTo(RequestStatus.REVIEWED);
		assertThat(untouched.getDecision()).isNull();

		String due = LocalDate.now(clock).plusMonths(6).toString();
		mvc.perform(post(page + "/decision").with(asSecretariat).with(csrf())
			.param("outcome", "ACCREDIT_WITH_CONDITIONS").param("reasons", "Solid plan, monitoring to follow")
			.param("conditionText", "Publish the monitoring report", "", "")
			.param("conditionDue", due, "", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flash", "Decision recorded: the city is accredited with conditions."));
		AccreditationRequest decided = requests.byId(id).orElseThrow();
		assertThat(decided.getStatus()).isEqualTo(RequestStatus.DECIDED);
		assertThat(decided.getDecision().conditions()).hasSize(1);
		assertThat(decided.getDecision().conditions().getFirst().dueBy()).isEqualTo(LocalDate.parse(due));
		mvc.perform(get(page).with(asSecretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("/accreditations/" + decided.getDecision().certificateCode()),
					containsString("Publish the monitoring report"), containsString("Decision taken"),
					not(containsString("Record the decision")))))
			.andDo(valid("decided request"));
		// the audit trail's details in the reader's language, the decision by its label
		mvc.perform(get(page).param("lang", "nl").with(asSecretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(">Versie 3 van het plan<"),
					containsString(">3 beoordelaars voorgesteld, ronde 1<"), containsString(">Ronde 1<"),
					containsString(">Geaccrediteerd onder voorwaarden<"), not(containsString("ACCREDIT_WITH_CONDITIONS<")),
					not(containsString("reviewers proposed")), not(containsString(">plan version")))))
			.andDo(valid("decided request in Dutch"));

		// deciding twice: 409 with the reason, the first decision stays
		mvc.perform(post(page + "/decision").with(asSecretariat).with(csrf())
			.param("outcome", "NOT_YET").param("reasons", "Changed my mind"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("a decision can only be taken once every review is in")))
			.andDo(valid("conflict page"));
		assertThat(requests.byId(id).orElseThrow().getDecision()).isEqualTo(decided.getDecision());
	}

}
