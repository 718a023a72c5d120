package org.inclusivecities.platform.plan.web;

import java.time.Clock;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.Mission;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.PlanPublisher;
import org.inclusivecities.platform.plan.PublishingRights;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Publishing is the city admin's decision: a council member cannot publish but proposes it; every admin of the city
 * gets a mail through the outbox with a link to the publish section and finds it waiting on their home page; the
 * admin declines with a reason (required) that the proposer is mailed, or publishes, which closes the proposal.
 */
@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
class PublicationProposalIntegrationTest {

	@Autowired
	Clock clock;

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
	Outbox outbox;

	@Test
	void aCouncilMemberProposesAndTheCityAdminDecides() throws Exception {
		City city = cities.save(City.apply(new CityProfile("Proposeville", "BE", null, 50_000L, List.of("nl"), null,
				null), clock.instant()));
		Person council = person("council@proposeville.example", "Chris Council", city, Role.COUNCIL_MEMBER);
		Person admin = person("admin@proposeville.example", "Alex Admin", city, Role.CITY_ADMIN);
		String base = "/my/cities/" + city.getSlug() + "/plan";
		var draft = plans.draft(city.getId());
		plans.save(city.getId(), PlanPart.MISSION, draft.mission().version(),
				new Mission("No one walks the recovery path alone", "A city where recovery is seen"),
				new Editor(council.getId(), council.getDisplayName()));

		// a council member cannot publish: the route is the admin's (404, like every guarded route), nothing published
		mvc.perform(post(base + "/publish").with(as(council)).with(csrf())).andExpect(status().isNotFound());
		assertThat(publisher.history(city.getId())).isEmpty();
		mvc.perform(get(base).with(as(council)))
			.andExpect(content().string(allOf(containsString("Propose publication to the city administrators"),
					not(containsString("Publish the plan")))));

		mvc.perform(post(base + "/publish/propose").with(as(council)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		OutboxMail proposed = mailTo(admin, PublicationMail.PROPOSED);
		assertThat(proposed.getTextBody()).contains("Chris Council proposes publishing", "Proposeville",
				base + "#publish");
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(council.getEmail())).isEmpty();
		String waiting = "Publish the action plan of Proposeville or decline: Chris Council proposed it";
		mvc.perform(get("/my").with(as(admin)))
			.andExpect(content().string(allOf(containsString(waiting), containsString("href=\"" + base + "#publish\""))));
		mvc.perform(get("/my").with(as(council))).andExpect(content().string(not(containsString(waiting))));

		// declining needs a reason, and then the proposer reads it
		mvc.perform(post(base + "/publish/decline").with(as(admin)).with(csrf()).param("reason", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter why you decline the proposal")));
		assertThat(plans.draft(city.getId()).publicationProposal()).isPresent();
		mvc.perform(post(base + "/publish/decline").with(as(council)).with(csrf()).param("reason", "No"))
			.andExpect(status().isNotFound());
		mvc.perform(post(base + "/publish/decline").with(as(admin)).with(csrf())
			.param("reason", "The goals need a date first")).andExpect(status().is3xxRedirection());
		assertThat(plans.draft(city.getId()).publicationProposal()).isEmpty();
		assertThat(mailTo(council, PublicationMail.DECLINED).getTextBody()).contains("The goals need a date first");
		mvc.perform(get("/my").with(as(admin))).andExpect(content().string(not(containsString(waiting))));
		assertThat(publisher.history(city.getId())).isEmpty();

		// proposed again, the admin publishes: the proposal is closed
		mvc.perform(post(base + "/publish/propose").with(as(council)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(plans.draft(city.getId()).publicationProposal()).isPresent();
		mvc.perform(post(base + "/publish").with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(publisher.history(city.getId())).hasSize(1);
		assertThat(plans.draft(city.getId()).publicationProposal()).isEmpty();
		// the council hears that the plan is public now; the admin who published it is not told
		assertThat(mailTo(council, PublicationMail.PUBLISHED).getTextBody()).contains(
				"The action plan of Proposeville is published as v1", "/cities/" + city.getSlug());
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(admin.getEmail()))
			.noneMatch(m -> m.getTemplate().equals(PublicationMail.PUBLISHED));

		// nothing new to publish: a proposal is refused with the reason, and none is recorded
		mvc.perform(post(base + "/publish/propose").with(as(council)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(plans.draft(city.getId()).publicationProposal()).isEmpty();
	}

	@Test
	void theAdminsMayLetTheCouncilPublishAndTakeItBack() throws Exception {
		City city = cities.save(City.apply(new CityProfile("Rightsville", "BE", null, 50_000L, List.of("nl"), null,
				null), clock.instant()));
		City other = cities.save(City.apply(new CityProfile("Otherville", "BE", null, 50_000L, List.of("nl"), null,
				null), clock.instant()));
		Person council = person("council@rightsville.example", "Cleo Council", city, Role.COUNCIL_MEMBER);
		Person admin = person("admin@rightsville.example", "Abe Admin", city, Role.CITY_ADMIN);
		Person reviewer = person("reviewer@rightsville.example", "Rex Reviewer", city, Role.REVIEWER);
		Person foreignAdmin = person("admin@otherville.example", "Oda Other", other, Role.CITY_ADMIN);
		String base = "/my/cities/" + city.getSlug() + "/plan";
		plans.save(city.getId(), PlanPart.MISSION, 0, new Mission("Recovery is visible", "Everyone belongs"),
				new Editor(admin.getId(), admin.getDisplayName()));

		// only an admin of the city chooses
		mvc.perform(post(base + "/publish/rights").with(as(council)).with(csrf()).param("rights",
				"CITY_ADMINS_AND_COUNCIL")).andExpect(status().isNotFound());
		mvc.perform(post(base + "/publish/rights").with(as(foreignAdmin)).with(csrf()).param("rights",
				"CITY_ADMINS_AND_COUNCIL")).andExpect(status().isNotFound());
		mvc.perform(post(base + "/publish").with(as(council)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(base + "/publish/rights").with(as(admin)).with(csrf()).param("rights",
				"CITY_ADMINS_AND_COUNCIL")).andExpect(status().is3xxRedirection());

		// now the council member publishes; a reviewer of the city still cannot
		mvc.perform(get(base).with(as(council)))
			.andExpect(content().string(allOf(containsString("Publish the plan"),
					not(containsString("Propose publication to the city administrators")),
					not(containsString("Who may publish the plan?")))));
		mvc.perform(post(base + "/publish").with(as(reviewer)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(base + "/publish").with(as(council)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(publisher.history(city.getId())).hasSize(1);
		assertThat(mailTo(admin, PublicationMail.PUBLISHED).getTextBody()).contains("published as v1");

		// taken back: the choice holds at the next publication, even from a page drawn before it
		mvc.perform(post(base + "/publish/rights").with(as(admin)).with(csrf()).param("rights", "CITY_ADMINS"))
			.andExpect(status().is3xxRedirection());
		plans.save(city.getId(), PlanPart.MISSION, 1, new Mission("Recovery is visible everywhere", "Everyone belongs"),
				new Editor(admin.getId(), admin.getDisplayName()));
		mvc.perform(post(base + "/publish").with(as(council)).with(csrf())).andExpect(status().isNotFound());
		assertThat(publisher.history(city.getId())).hasSize(1);
		// an unknown choice falls back to the safe one
		mvc.perform(post(base + "/publish/rights").with(as(admin)).with(csrf()).param("rights", "EVERYONE"))
			.andExpect(status().is3xxRedirection());
		assertThat(plans.publishingRights(city.getId())).isEqualTo(PublishingRights.CITY_ADMINS);
	}

	private OutboxMail mailTo(Person person, String template) {
		List<OutboxMail> mails = outbox.findAllByRecipientOrderByCreatedAtDesc(person.getEmail())
			.stream()
			.filter(m -> m.getTemplate().equals(template))
			.toList();
		assertThat(mails).as("%s to %s", template, person.getEmail()).hasSize(1);
		return mails.getFirst();
	}

	private Person person(String email, String name, City city, Role role) {
		Person person = Person.create(email, name, Language.EN, clock.instant());
		person.grant(city.getId(), Set.of(role), clock.instant(), "test");
		return people.save(person);
	}

	private static RequestPostProcessor as(Person person) {
		return SecurityMockMvcRequestPostProcessors.authentication(signedIn(person));
	}

}
