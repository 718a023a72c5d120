package org.inclusivecities.platform.matching;

import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.PlanPrivacy;
import org.inclusivecities.platform.plan.PlanPublisher;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.practice.PracticeEditing;
import org.inclusivecities.platform.practice.PracticeModeration;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The matchcentrum fed through public views only: a city with a published housing gap sees the city whose published
 * practice covers it, with the reason; an unpublished practice, a hidden baseline, an unpublished plan are never
 * used. Then the pairing: asked with a required wish, mailed to the asked city's admins, waiting on their home,
 * accepted once (409 after), seen by the two cities only (a third gets 404), public only when both show it.
 */
@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
class MatchcentrumIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	ActionPlanService plans;

	@Autowired
	PlanPublisher publisher;

	@Autowired
	PracticeEditing editing;

	@Autowired
	PracticeModeration moderation;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Matchmaking matchmaking;

	@Autowired
	Outbox outbox;

	MatchingNetwork network;

	@BeforeEach
	void seed() {
		network = new MatchingNetwork(cities, people, plans, publisher, editing, moderation, encoder);
	}

	@Test
	void onlyPublishedPracticesAndPublicPlanPartsAreUsed() throws Exception {
		City learner = network.city("Leerstad", "LU", 80_000);
		network.publishGaps(learner, Sector.HOUSING);
		City teacher = network.city("Woonstad", "LU", 90_000);
		String cafe = network.practice(teacher, "Housing first café " + network.run,
				"Homes first for people in recovery, with a café where neighbours meet", true, Sector.HOUSING);
		City drafty = network.city("Kladstad", "LU", 80_000);
		network.practice(drafty, "Unpublished housing " + network.run, "Homes first, not yet moderated", false,
				Sector.HOUSING);
		City hidden = network.city("Verborgen", "LU", 80_000);
		network.publishGaps(hidden, Sector.HOUSING);
		plans.choosePrivacy(hidden.getId(), new PlanPrivacy(Set.of(PlanPart.BASELINE), Set.of()));
		City unpublished = network.city("Ontwerpstad", "LU", 80_000);
		plans.save(unpublished.getId(), PlanPart.BASELINE, plans.draft(unpublished.getId()).baseline().version(),
				org.inclusivecities.platform.plan.Baseline.EMPTY.with(
						new org.inclusivecities.platform.plan.Practice(Sector.HOUSING, null, "A draft gap")),
				new org.inclusivecities.platform.plan.Editor("seed", "Seed"));
		City other = network.city("Anderstad", "LU", 80_000);
		network.practice(other, "Homes first elsewhere " + network.run,
				"Homes first for people in recovery, neighbours meet in a café", true, Sector.EMPLOYMENT);

		List<CityMatch> learnFrom = matchmaking.toLearnFrom(learner.getId());
		assertThat(learnFrom).extracting(CityMatch::cityId).contains(teacher.getId())
			.doesNotContain(drafty.getId(), other.getId());
		assertThat(learnFrom.getFirst().cityId()).isEqualTo(teacher.getId());
		assertThat(matchmaking.couldLearnFromYou(teacher.getId())).extracting(CityMatch::cityId)
			.contains(learner.getId())
			.doesNotContain(hidden.getId(), unpublished.getId());

		Person member = network.person("Lena", learner, Role.COUNCIL_MEMBER, "a long test password");
		String page = html("/my/cities/" + learner.getSlug() + "/matchcentrum", member);
		assertThat(page).contains("Cities to learn from")
			.contains("Covers your gap \u2018Housing\u2019 with the practice \u2018Housing first caf\u00e9 " + network.run)
			.contains("Same country").doesNotContain("Kladstad").doesNotContain("Unpublished housing");
		assertThat(html("/my/cities/" + learner.getSlug(), member)).contains("/my/cities/" + learner.getSlug() + "/matchcentrum");

		String practicePage = html("/practices/" + cafe, null);
		assertThat(practicePage).contains("Similar practices").contains("Homes first elsewhere " + network.run)
			.contains("Cities with this gap that have not adopted it").contains("id=\"gap-" + learner.getSlug() + "\"")
			.doesNotContain("id=\"gap-" + hidden.getSlug() + "\"")
			.doesNotContain("id=\"gap-" + unpublished.getSlug() + "\"")
			.doesNotContain("Unpublished housing");
	}

	@Test
	void aPairingIsAskedAnsweredOnceAndSeenByTheTwoCitiesOnly() throws Exception {
		City learner = network.city("Vraagstad", "MT", 60_000);
		network.publishGaps(learner, Sector.EMPLOYMENT);
		City mentor = network.city("Werkstad", "MT", 70_000);
		String practice = network.practice(mentor, "Jobs with a mentor " + network.run, "Employers hire", true,
				Sector.EMPLOYMENT);
		City third = network.city("Derdestad", "MT", 70_000);
		Person asker = network.person("Vera", learner, Role.COUNCIL_MEMBER, "a long test password");
		Person learnerAdmin = network.person("Lars", learner, Role.CITY_ADMIN, "a long test password");
		Person mentorAdmin = network.person("Mona", mentor, Role.CITY_ADMIN, "a long test password");
		Person mentorCouncil = network.person("Milo", mentor, Role.COUNCIL_MEMBER, "a long test password");
		Person thirdAdmin = network.person("Theo", third, Role.CITY_ADMIN, "a long test password");
		String ask = "/my/cities/" + learner.getSlug() + "/matchcentrum/ask/" + mentor.getSlug();

		assertThat(html(ask, asker)).contains("Covers your gap").contains("value=\"" + practice + "\"");
		assertThat(html("/my/cities/" + mentor.getSlug() + "/matchcentrum", mentorAdmin))
			.contains("Cities that could learn from you").contains("id=\"teach-" + learner.getSlug() + "\"");
		assertThat(html("/my/cities/" + mentor.getSlug() + "/matchcentrum/ask/" + learner.getSlug() + "?role=mentor",
				mentorAdmin))
			.contains("Your practice \u2018Jobs with a mentor " + network.run + "\u2019 covers their gap \u2018Employment\u2019")
			.doesNotContain("Covers your gap");
		mvc.perform(post(ask).with(as(asker)).with(csrf()).param("wish", "  ").param("practiceId", practice))
			.andExpect(status().isBadRequest());
		mvc.perform(post(ask).with(as(asker)).with(csrf()).param("wish", "x".repeat(1001)))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/my/cities/" + learner.getSlug() + "/matchcentrum/ask/" + learner.getSlug()).with(as(asker))
			.with(csrf()).param("wish", "Ourselves")).andExpect(status().isNotFound());
		String location = mvc.perform(post(ask).with(as(asker)).with(csrf())
			.param("wish", "How you found the employers").param("practiceId", practice))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		Pairing pairing = peer().get(learner.getId(), id);
		assertThat(pairing.getMentorCityId()).isEqualTo(mentor.getId());
		assertThat(pairing.getPracticeTitle()).isEqualTo("Jobs with a mentor " + network.run);

		// no second open pairing between the two, whichever asks
		mvc.perform(post(ask).with(as(asker)).with(csrf()).param("wish", "Again")).andExpect(status().isConflict());
		mvc.perform(post("/my/cities/" + mentor.getSlug() + "/matchcentrum/ask/" + learner.getSlug() + "?role=mentor")
			.with(as(mentorAdmin)).with(csrf()).param("wish", "We offer")).andExpect(status().isConflict());

		OutboxMail asked = single(mentorAdmin, PairingMail.ASKED);
		String mentorPath = "/my/cities/" + mentor.getSlug() + "/matchcentrum/pairings/" + id;
		assertThat(asked.getTextBody()).contains("Vera of Vraagstad " + network.run).contains("How you found the employers")
			.contains(mentorPath);
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(mentorCouncil.getEmail())).isEmpty();
		assertThat(html("/my", mentorAdmin)).contains("Answer the pairing request of Vraagstad " + network.run);
		assertThat(html("/my", mentorCouncil)).doesNotContain("Answer the pairing request");

		// tenancy: a third city does not find it; the learning side cannot answer; a council member cannot either
		mvc.perform(get("/my/cities/" + third.getSlug() + "/matchcentrum/pairings/" + id).with(as(thirdAdmin)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/my/cities/" + third.getSlug() + "/matchcentrum/pairings/" + id + "/accept")
			.with(as(thirdAdmin)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/my/cities/" + learner.getSlug() + "/matchcentrum/pairings/" + id + "/accept")
			.with(as(learnerAdmin)).with(csrf())).andExpect(status().isConflict());
		mvc.perform(post(mentorPath + "/accept").with(as(mentorCouncil)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(mentorPath + "/decline").with(as(mentorAdmin)).with(csrf()).param("reason", "x".repeat(501)))
			.andExpect(status().isBadRequest());
		assertThat(peer().get(mentor.getId(), id).getStatus()).isEqualTo(PairingStatus.REQUESTED);

		mvc.perform(post(mentorPath + "/accept").with(as(mentorAdmin)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(mentorPath + "/accept").with(as(mentorAdmin)).with(csrf())).andExpect(status().isConflict());
		mvc.perform(post(mentorPath + "/decline").with(as(mentorAdmin)).with(csrf())).andExpect(status().isConflict());
		assertThat(single(asker, PairingMail.ANSWERED).getTextBody()).contains("accepted");
		assertThat(html("/my/cities/" + learner.getSlug(), asker)).contains("Learning from Werkstad " + network.run);
		assertThat(html("/my/cities/" + mentor.getSlug(), mentorAdmin)).contains("Mentoring Vraagstad " + network.run);

		// the shared transfer plan and the private thread, once accepted; a third city finds neither
		String learnerPath = "/my/cities/" + learner.getSlug() + "/matchcentrum/pairings/" + id;
		mvc.perform(post(learnerPath + "/steps").with(as(asker)).with(csrf()).param("phase", "UNDERSTAND")
			.param("what", "Visit the employers").param("dueBy", "2027-02-30")).andExpect(status().isBadRequest());
		mvc.perform(post(learnerPath + "/steps").with(as(asker)).with(csrf()).param("phase", "NOT_A_PHASE")
			.param("what", "Visit").param("dueBy", "2027-02-01")).andExpect(status().isBadRequest());
		mvc.perform(post(learnerPath + "/steps").with(as(asker)).with(csrf()).param("phase", "ADAPT")
			.param("what", "Adapt the contract").param("dueBy", "2027-05-01")).andExpect(status().is3xxRedirection());
		mvc.perform(post(mentorPath + "/steps").with(as(mentorCouncil)).with(csrf()).param("phase", "UNDERSTAND")
			.param("what", "Visit the employers").param("dueBy", "2027-03-01")).andExpect(status().is3xxRedirection());
		assertThat(peer().get(learner.getId(), id).getSteps()).extracting(TransferStep::phase)
			.containsExactly(TransferPhase.UNDERSTAND, TransferPhase.ADAPT);
		mvc.perform(post(learnerPath + "/messages").with(as(asker)).with(csrf()).param("text", " "))
			.andExpect(status().isBadRequest());
		mvc.perform(post(learnerPath + "/messages").with(as(asker)).with(csrf()).param("text", "When can we visit?"))
			.andExpect(status().is3xxRedirection());
		assertThat(single(mentorCouncil, PairingMail.MESSAGE).getTextBody()).contains("When can we visit?", mentorPath);
		assertThat(single(mentorAdmin, PairingMail.MESSAGE).getTextBody()).contains("Vera of Vraagstad " + network.run);
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(asker.getEmail()).stream()
			.filter(m -> m.getTemplate().equals(PairingMail.MESSAGE))).isEmpty();
		assertThat(html(mentorPath, mentorAdmin)).contains("Visit the employers", "Adapt the contract",
				"When can we visit?", "1 March 2027");
		// what the two cities wrote is in their languages (Dutch, both), marked so on an English page (WCAG 3.1.2)
		assertThat(html(mentorPath, mentorAdmin)).contains("<p class=\"govuk-body\" lang=\"nl\">When can we visit?</p>",
				"<td class=\"govuk-table__cell\" lang=\"nl\">Visit the employers</td>",
				"<td class=\"govuk-table__cell\" lang=\"nl\">Adapt the contract</td>",
				"<dd class=\"govuk-summary-list__value\" lang=\"nl\">How you found the employers</dd>");
		mvc.perform(post("/my/cities/" + third.getSlug() + "/matchcentrum/pairings/" + id + "/messages")
			.with(as(thirdAdmin)).with(csrf()).param("text", "Let me in")).andExpect(status().isNotFound());
		assertThat(peer().get(learner.getId(), id).getMessages()).hasSize(1);

		// public only when both cities show it
		mvc.perform(post(mentorPath + "/show").with(as(mentorAdmin)).with(csrf()).param("shown", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(html("/cities/" + mentor.getSlug(), null)).doesNotContain("id=\"pairing-section\"");
		mvc.perform(post("/my/cities/" + learner.getSlug() + "/matchcentrum/pairings/" + id + "/show")
			.with(as(learnerAdmin)).with(csrf()).param("shown", "true")).andExpect(status().is3xxRedirection());
		assertThat(html("/cities/" + mentor.getSlug(), null)).contains("id=\"pairing-section\"")
			.contains("Mentors Vraagstad " + network.run);
		assertThat(html("/cities/" + learner.getSlug(), null)).contains("Learns from Werkstad " + network.run);
		assertThat(html("/cities/" + third.getSlug(), null)).doesNotContain("id=\"pairing-section\"");
	}

	@Autowired
	PeerLearning peerLearning;

	private PeerLearning peer() {
		return peerLearning;
	}

	private OutboxMail single(Person person, String template) {
		List<OutboxMail> mails = outbox.findAllByRecipientOrderByCreatedAtDesc(person.getEmail())
			.stream()
			.filter(m -> m.getTemplate().equals(template))
			.toList();
		assertThat(mails).as("%s to %s", template, person.getEmail()).hasSize(1);
		return mails.getFirst();
	}

	private String html(String path, Person person) throws Exception {
		var request = get(path);
		if (person != null) {
			request.with(as(person));
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static RequestPostProcessor as(Person person) {
		return SecurityMockMvcRequestPostProcessors.authentication(signedIn(person));
	}

}
