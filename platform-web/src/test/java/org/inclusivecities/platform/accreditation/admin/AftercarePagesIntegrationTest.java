package org.inclusivecities.platform.accreditation.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.accreditation.AccreditationNetwork;
import org.inclusivecities.platform.browser.HtmlChecker;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.events.MovableClock;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.ConditionReminderJob;
import org.inclusivecities.platform.request.Decision;
import org.inclusivecities.platform.request.Decisions;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After the decision, through the pages: the city admin's one appeal (field errors, 409 when undecided or used,
 * 404 for council members and for another city), shown to the secretariat with its reason; conditions with their
 * state on the city page, marked met by the secretariat (audited), and the reminder mail in English and Dutch.
 */
@PlatformIntegrationTest(properties = "platform.web.base-url=https://cities.example/")
@AutoConfigureMockMvc
@Import({ AccreditationNetwork.Setup.class, AccreditationNetwork.Clock.class })
class AftercarePagesIntegrationTest {

	static final Instant NOW = AccreditationNetwork.NOW;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccreditationNetwork network;

	@Autowired
	People people;

	@Autowired
	Decisions decisions;

	@Autowired
	RequestsInReview requests;

	@Autowired
	ConditionReminderJob reminders;

	@Autowired
	Outbox outbox;

	@Autowired
	MovableClock clock;

	@Test
	void aCityAdminAppealsOnceWithAReasonAndTheSecretariatSeesIt() throws Exception {
		SecretariatFixture seed = new SecretariatFixture(network);
		Person secretariat = seed.secretariat("Appeal Secretariat");
		City a = seed.city("Appealton");
		City b = seed.city("Otherton");
		Person adminA = seed.person("Appealton Admin", a, Role.CITY_ADMIN);
		Person councilA = seed.person("Appealton Council", a, Role.COUNCIL_MEMBER);
		Person adminB = seed.person("Otherton Admin", b, Role.CITY_ADMIN);
		for (String name : List.of("Ayton", "Beeton", "Ceeton")) {
			seed.reviewer("Reviewer of " + name, seed.city(name));
		}
		String id = seed.request(a, adminA);
		String appeal = "/my/cities/" + a.getSlug() + "/accreditation/requests/" + id + "/appeal";

		// nothing to appeal before the decision
		mvc.perform(get(appeal).with(as(adminA))).andExpect(status().isConflict())
			.andExpect(content().string(containsString("This request has no decision to appeal yet.")));
		mvc.perform(post(appeal).with(as(adminA)).with(csrf()).param("reason", "Too early"))
			.andExpect(status().isConflict());

		decide(seed, secretariat, id, Recommendation.NOT_YET, List.of());
		Long decidedVersion = requests.byId(id).orElseThrow().getVersion();
		String cityPage = "/my/cities/" + a.getSlug() + "/accreditation";
		mvc.perform(get(cityPage).with(as(adminA))).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + appeal + "\"")))
			.andDo(valid("city page with a decided request"));
		mvc.perform(get(cityPage).with(as(councilA))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Appeal this decision"))));

		// council members and other cities cannot; nothing changes
		mvc.perform(get(appeal).with(as(councilA))).andExpect(status().isNotFound());
		mvc.perform(post(appeal).with(as(councilA)).with(csrf()).param("reason", "We disagree"))
			.andExpect(status().isNotFound());
		mvc.perform(get(appeal).with(as(adminB))).andExpect(status().isNotFound());
		mvc.perform(post(appeal).with(as(adminB)).with(csrf()).param("reason", "We disagree"))
			.andExpect(status().isNotFound());
		String viaOwnCity = "/my/cities/" + b.getSlug() + "/accreditation/requests/" + id + "/appeal";
		mvc.perform(get(viaOwnCity).with(as(adminB))).andExpect(status().isNotFound());
		mvc.perform(post(viaOwnCity).with(as(adminB)).with(csrf()).param("reason", "We disagree"))
			.andExpect(status().isNotFound());
		assertThat(requests.byId(id).orElseThrow().getVersion()).isEqualTo(decidedVersion);

		// the reason is required, with a field error linked from the summary
		mvc.perform(get(appeal).with(as(adminA))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Appeal the decision"), containsString("id=\"reason\""))))
			.andDo(valid("appeal form"));
		mvc.perform(post(appeal).with(as(adminA)).with(csrf()).param("reason", "   "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("href=\"#reason\""),
					containsString("Explain why the decision should be reviewed again"))))
			.andDo(valid("appeal form with errors"));
		assertThat(requests.byId(id).orElseThrow().getVersion()).isEqualTo(decidedVersion);

		mvc.perform(post(appeal).with(as(adminA)).with(csrf()).param("reason", "The indicators are in annex B"))
			.andExpect(status().is3xxRedirection());
		AccreditationRequest appealed = requests.byId(id).orElseThrow();
		assertThat(appealed.getStatus()).isEqualTo(RequestStatus.AWAITING_REVIEWERS);
		assertThat(appealed.isAppealed()).isTrue();
		mvc.perform(get(cityPage).with(as(adminA)))
			.andExpect(content().string(allOf(containsString("You appealed this decision."),
					not(containsString("href=\"" + appeal + "\"")))));

		// once only
		mvc.perform(post(appeal).with(as(adminA)).with(csrf()).param("reason", "Again"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("already appealed")));
		assertThat(requests.byId(id).orElseThrow().getVersion()).isEqualTo(appealed.getVersion());

		// the secretariat sees the appeal and its reason
		mvc.perform(get("/admin/accreditation").with(as(secretariat))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Appeal: The indicators are in annex B")));
		mvc.perform(get("/admin/accreditation/" + id).with(as(secretariat))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"appeal\""),
					containsString("The indicators are in annex B"), containsString("by Appealton Admin"))))
			.andDo(valid("request page with an appeal"));
	}

	@Test
	void conditionsShowTheirStateAreMarkedMetByTheSecretariatAndAreRemindedInTheCityLanguage() throws Exception {
		SecretariatFixture seed = new SecretariatFixture(network);
		Person secretariat = seed.secretariat("Condition Secretariat");
		City a = seed.city("Conditionville");
		Person adminA = seed.person("Conditionville Admin", a, Role.CITY_ADMIN);
		Person dutchAdmin = Person.create("beheerder@conditionville.example", "Beheerder", Language.NL, NOW);
		dutchAdmin.grant(a.getId(), Set.of(Role.CITY_ADMIN), NOW, "test");
		people.save(dutchAdmin);
		for (String name : List.of("Deeton", "Eeton", "Efton")) {
			seed.reviewer("Reviewer of " + name, seed.city(name));
		}
		String id = seed.request(a, adminA);
		LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
		LocalDate soon = today.plusDays(30);
		LocalDate later = today.plusDays(90);
		decide(seed, secretariat, id, Recommendation.ACCREDIT_WITH_CONDITIONS,
				List.of(new Decision.Condition("Publish the baseline", soon),
						new Decision.Condition("Train the front desk", later)));

		String cityPage = "/my/cities/" + a.getSlug() + "/accreditation";
		mvc.perform(get(cityPage).with(as(adminA))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Publish the baseline"), containsString("Open"),
					containsString("Due by 3 February 2027"))))
			.andDo(valid("city page with conditions"));

		// a note is required; a non-secretariat is refused; nothing changes
		String detail = "/admin/accreditation/" + id;
		Long version = requests.byId(id).orElseThrow().getVersion();
		mvc.perform(post(detail + "/conditions/c1/met").with(as(secretariat)).with(csrf()).param("note", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("href=\"#note-c1\""),
					containsString("Say how the condition was met"))))
			.andDo(valid("request page with a condition note error"));
		mvc.perform(post(detail + "/conditions/c1/met").with(as(adminA)).with(csrf()).param("note", "done"))
			.andExpect(status().isForbidden());
		assertThat(requests.byId(id).orElseThrow().getVersion()).isEqualTo(version);

		mvc.perform(post(detail + "/conditions/c1/met").with(as(secretariat)).with(csrf())
			.param("note", "Baseline published on the city website")).andExpect(status().is3xxRedirection());
		mvc.perform(get(detail).with(as(secretariat))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Met on 4 January 2027: Baseline published on the city website"),
					containsString("Condition met"), containsString("Condition Secretariat"))));
		mvc.perform(post(detail + "/conditions/c1/met").with(as(secretariat)).with(csrf()).param("note", "again"))
			.andExpect(status().isConflict());
		mvc.perform(post(detail + "/conditions/c9/met").with(as(secretariat)).with(csrf()).param("note", "x"))
			.andExpect(status().isNotFound());

		// the reminder goes out once, 14 days ahead, to each admin in their language
		clock.set(later.minusDays(14).atTime(6, 15).toInstant(ZoneOffset.UTC));
		reminders.run();
		reminders.run();
		OutboxMail english = reminder(adminA.getEmail());
		assertThat(english.getSubject()).isEqualTo("A condition of the accreditation of Conditionville falls due soon");
		assertThat(english.getTextBody()).contains("Train the front desk (by 4 April 2027)",
				"https://cities.example/my/cities/" + a.getSlug() + "/accreditation")
			.doesNotContain("Publish the baseline");
		OutboxMail dutch = reminder(dutchAdmin.getEmail());
		assertThat(dutch.getSubject())
			.isEqualTo("Een voorwaarde van de accreditatie van Conditionville moet binnenkort vervuld zijn");
		assertThat(dutch.getHtmlBody()).contains("Train the front desk", "4 april 2027",
				"href=\"https://cities.example/my/cities/" + a.getSlug() + "/accreditation\"");
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(adminA.getEmail()))
			.filteredOn(m -> m.getTemplate().equals("accreditation-condition-reminder")).hasSize(1);
		// the audit trail names each condition by its number in the decision, never by its stored id
		mvc.perform(get(detail).with(as(secretariat))).andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("<td class=\"govuk-table__cell\">Condition 1: Baseline published on the city website</td>"),
					containsString("<td class=\"govuk-table__cell\">Condition 2</td>"), not(containsString(">c1")),
					not(containsString(">c2")))));

		// past its due date and still open: overdue on the city page
		clock.set(later.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
		mvc.perform(get(cityPage).with(as(adminA))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Overdue"),
					containsString("Met on 4 January 2027: Baseline published on the city website"))));
	}

	private void decide(SecretariatFixture seed, Person secretariat, String id, Recommendation outcome,
			List<Decision.Condition> conditions) {
		seed.routedAndReviewed(secretariat, id, outcome);
		decisions.decide(secretariat.getId(), id, outcome, "Reasons of the secretariat", conditions,
				outcome == Recommendation.NOT_YET
						? List.of(new Decision.Improvement("Add indicators", java.time.LocalDate.of(2099, 1, 1))) : List.of());
	}

	private OutboxMail reminder(String recipient) {
		return outbox.findAllByRecipientOrderByCreatedAtDesc(recipient)
			.stream()
			.filter(m -> m.getTemplate().equals("accreditation-condition-reminder"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no reminder"));
	}

	private static ResultHandler valid(String what) {
		return result -> HtmlChecker.assertValid(result.getResponse().getContentAsString(), what);
	}

	private static RequestPostProcessor as(Person person) {
		return authentication(signedIn(person));
	}

}
