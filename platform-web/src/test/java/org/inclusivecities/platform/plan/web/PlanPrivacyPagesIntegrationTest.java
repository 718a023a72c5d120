package org.inclusivecities.platform.plan.web;

import java.time.Clock;

import java.util.Locale;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.PlanDetail;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.PlanPrivacy;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The city's choice of what the public sees, on the plan workspace: the city admin's, in EN and NL. */
@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
class PlanPrivacyPagesIntegrationTest {

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

	PlanTestCities seed;

	Person adminA;

	String page;

	@BeforeEach
	void seed() {
		String suffix = String.valueOf(System.nanoTime());
		seed = PlanTestCities.seed(cities, people, clock, suffix);
		Person admin = Person.create("admin-a-" + suffix + "@example.org", "Admin A", org.inclusivecities.platform.people.Language.EN,
				clock.instant());
		admin.grant(seed.a().getId(), Set.of(Role.CITY_ADMIN), clock.instant(), "test");
		adminA = people.save(admin);
		page = "/my/cities/" + seed.a().getSlug() + "/plan/privacy";
	}

	@Test
	void theOverviewLinksToTheChoiceWhichShowsTheSafeDefaultsInEnglishAndDutch() throws Exception {
		mvc.perform(get("/my/cities/" + seed.a().getSlug() + "/plan").with(authentication(signedIn(adminA))))
			.andExpect(content().string(containsString("href=\"" + page + "\"")));
		mvc.perform(get(page).with(authentication(signedIn(adminA))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"mission\" id=\"publicParts-mission\" checked")))
			.andExpect(content().string(containsString("How you rate each stakeholder")))
			.andExpect(content().string(not(containsString("value=\"STAKEHOLDER_RATINGS\" id=\"publicDetails-STAKEHOLDER_RATINGS\" checked"))));
		mvc.perform(get(page).locale(Locale.forLanguageTag("nl")).with(authentication(signedIn(adminA))))
			.andExpect(content().string(containsString("Wat het publiek ziet")))
			.andExpect(content().string(containsString("Hoe u elke stakeholder inschat")));
	}

	@Test
	void theCityAdminHidesAPartAndShowsADetail() throws Exception {
		mvc.perform(post(page).with(authentication(signedIn(adminA))).with(csrf())
			.param("publicParts", "council", "goals", "baseline", "activities", "kickoff", "communication")
			.param("publicDetails", "COMMUNICATION_OWNERS"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(page));
		PlanPrivacy privacy = plans.privacy(seed.a().getId());
		assertThat(privacy.shows(PlanPart.MISSION)).isFalse();
		assertThat(privacy.shows(PlanPart.GOALS)).isTrue();
		assertThat(privacy.shows(PlanDetail.COMMUNICATION_OWNERS)).isTrue();
		assertThat(privacy.shows(PlanDetail.KICKOFF_INVITED)).isFalse();
		mvc.perform(get(page).with(authentication(signedIn(adminA))))
			.andExpect(content().string(containsString("value=\"COMMUNICATION_OWNERS\" id=\"publicDetails-COMMUNICATION_OWNERS\" checked")))
			.andExpect(content().string(not(containsString("value=\"mission\" id=\"publicParts-mission\" checked"))));
	}

	@Test
	void anUnknownChoiceIsAFieldErrorAndChangesNothing() throws Exception {
		mvc.perform(post(page).with(authentication(signedIn(adminA))).with(csrf()).param("publicParts", "nonsense"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#publicParts\"")));
		assertThat(plans.privacy(seed.a().getId())).isEqualTo(PlanPrivacy.DEFAULT);
	}

	@Test
	void aCouncilMemberSeesTheChoiceButCannotChangeItAndAnotherCityCannotReachIt() throws Exception {
		mvc.perform(get(page).with(authentication(signedIn(seed.councilA()))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Save what the public sees"))));
		mvc.perform(post(page).with(authentication(signedIn(seed.councilA()))).with(csrf()).param("publicDetails",
				"STAKEHOLDERS"))
			.andExpect(status().isNotFound()); // without the role, as for every plan write: 404, not 403
		mvc.perform(post(page).with(authentication(signedIn(seed.councilB()))).with(csrf()).param("publicDetails",
				"STAKEHOLDERS"))
			.andExpect(status().isNotFound());
		assertThat(plans.privacy(seed.a().getId())).isEqualTo(PlanPrivacy.DEFAULT);
	}

}
