package org.inclusivecities.platform.accreditation.admin;

import java.time.Clock;

import java.time.LocalDate;
import java.util.List;

import org.inclusivecities.platform.accreditation.AccreditationNetwork;
import org.inclusivecities.platform.browser.HtmlChecker;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.AccreditationService;
import org.inclusivecities.platform.request.ConditionState;
import org.inclusivecities.platform.request.Decision;
import org.inclusivecities.platform.request.Decisions;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.request.ReviewerSeat;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After the decision: the city admin reports a condition done with evidence (field error first; 404 for council
 * members, another city and an unknown condition; 409 once met), the secretariat is mailed and finds it waiting,
 * then confirms it; and the reviewers of an appeal round read why the city appealed.
 */
@PlatformIntegrationTest(properties = "platform.web.base-url=https://cities.example/")
@AutoConfigureMockMvc
@Import(AccreditationNetwork.Setup.class)
class ConditionReportPagesIntegrationTest {

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccreditationNetwork network;

	@Autowired
	Decisions decisions;

	@Autowired
	AccreditationService accreditation;

	@Autowired
	RequestsInReview requests;

	@Autowired
	Outbox outbox;

	@Test
	void theCityReportsAConditionDoneWithEvidenceAndTheSecretariatConfirmsIt() throws Exception {
		SecretariatFixture seed = new SecretariatFixture(network);
		Person secretariat = seed.secretariat("Cora Secretariat");
		City a = seed.city("Reportham");
		City b = seed.city("Silentham");
		Person adminA = seed.person("Reportham Admin", a, Role.CITY_ADMIN);
		Person councilA = seed.person("Reportham Council", a, Role.COUNCIL_MEMBER);
		Person adminB = seed.person("Silentham Admin", b, Role.CITY_ADMIN);
		for (String name : List.of("Jayton", "Kayton", "Layton")) {
			seed.reviewer("Reviewer of " + name, seed.city(name));
		}
		String id = seed.request(a, adminA);
		seed.routedAndReviewed(secretariat, id, Recommendation.ACCREDIT_WITH_CONDITIONS);
		decisions.decide(secretariat.getId(), id, Recommendation.ACCREDIT_WITH_CONDITIONS, "Good, with one gap",
				List.of(new Decision.Condition("Publish the baseline", LocalDate.now(clock).plusMonths(6))));
		String cityPage = "/my/cities/" + a.getSlug() + "/accreditation";
		String report = cityPage + "/requests/" + id + "/conditions/c1/done";

		mvc.perform(get(cityPage).with(as(adminA)))
			.andExpect(content().string(containsString("href=\"" + report + "\"")));
		mvc.perform(get(report).with(as(adminA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Publish the baseline")))
			.andDo(r -> HtmlChecker.assertValid(r.getResponse().getContentAsString(), "condition report form"));
		mvc.perform(get(report).with(as(councilA))).andExpect(status().isNotFound());
		mvc.perform(post(report).with(as(councilA)).with(csrf()).param("evidence", "x")).andExpect(status().isNotFound());
		mvc.perform(post(report).with(as(adminB)).with(csrf()).param("evidence", "x")).andExpect(status().isNotFound());
		mvc.perform(post(cityPage + "/requests/" + id + "/conditions/c9/done").with(as(adminA)).with(csrf())
			.param("evidence", "x")).andExpect(status().isNotFound());

		mvc.perform(post(report).with(as(adminA)).with(csrf()).param("evidence", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("href=\"#evidence\""),
					containsString("Say what your city did to meet this condition"))));
		assertThat(condition(id).reported()).isFalse();

		mvc.perform(post(report).with(as(adminA)).with(csrf())
			.param("evidence", "Baseline published at https://reportham.example/baseline"))
			.andExpect(redirectedUrl(cityPage));
		assertThat(condition(id).state(LocalDate.now(clock))).isEqualTo(ConditionState.REPORTED);
		mvc.perform(get(cityPage).with(as(adminA)))
			.andExpect(content().string(allOf(containsString("Reported done"),
					containsString("Baseline published at https://reportham.example/baseline"))));

		// the secretariat is mailed, finds it waiting, sees the evidence and confirms it
		OutboxMail mail = outbox.findAllByRecipientOrderByCreatedAtDesc(secretariat.getEmail())
			.stream()
			.filter(m -> m.getTemplate().equals("accreditation-condition-reported"))
			.findFirst()
			.orElseThrow();
		assertThat(mail.getSubject()).isEqualTo("Reportham reported a condition of its accreditation done");
		assertThat(mail.getTextBody()).contains("Publish the baseline", "https://reportham.example/baseline",
				"https://cities.example/admin/accreditation/" + id + "#conditions");
		mvc.perform(get("/my").with(as(secretariat)))
			.andExpect(content().string(containsString("Confirm a condition Reportham reported done")));
		mvc.perform(get("/admin/accreditation/" + id).with(as(secretariat)))
			.andExpect(content().string(containsString("The city reported it done on")));
		mvc.perform(post("/admin/accreditation/" + id + "/conditions/c1/met").with(as(secretariat)).with(csrf())
			.param("note", "Checked the baseline page"))
			.andExpect(redirectedUrl("/admin/accreditation/" + id + "#conditions"));
		assertThat(condition(id).state(LocalDate.now(clock))).isEqualTo(ConditionState.MET);
		mvc.perform(get("/my").with(as(secretariat)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Confirm a condition Reportham"))));
		mvc.perform(post(report).with(as(adminA)).with(csrf()).param("evidence", "Again"))
			.andExpect(status().isConflict());
	}

	@Test
	void reviewersOfTheAppealRoundReadWhyTheCityAppealed() throws Exception {
		SecretariatFixture seed = new SecretariatFixture(network);
		Person secretariat = seed.secretariat("Abe Secretariat");
		City city = seed.city("Appealburg");
		Person admin = seed.person("Appealburg Admin", city, Role.CITY_ADMIN);
		for (String name : List.of("Mton", "Nton", "Oton", "Pton", "Qton", "Rton")) {
			seed.reviewer("Reviewer of " + name, seed.city(name));
		}
		String id = seed.request(city, admin);
		seed.routedAndReviewed(secretariat, id, Recommendation.NOT_YET);
		decisions.decide(secretariat.getId(), id, Recommendation.NOT_YET, "Monitoring missing", List.of(),
				List.of(new Decision.Improvement("Add indicators", LocalDate.now(clock).plusMonths(3))));
		String first = requests.byId(id).orElseThrow().currentSeats().getFirst().reviewerId();
		accreditation.appeal(city.getId(), id, admin.getId(), "The indicators are in annex B");
		AccreditationRequest again = network.routeAndConfirm(secretariat, id);
		ReviewerSeat seat = again.currentSeats().getFirst();
		Person reviewer = network.people().findById(seat.reviewerId()).orElseThrow();

		mvc.perform(get("/my/reviews/" + id).with(as(reviewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("after the city appealed"),
					containsString("The indicators are in annex B"))));
		assertThat(first).isNotEqualTo(reviewer.getId());
	}

	private Decision.Condition condition(String id) {
		return requests.byId(id).orElseThrow().getDecision().condition("c1").orElseThrow();
	}

	private static RequestPostProcessor as(Person person) {
		return authentication(signedIn(person));
	}

}
