package org.inclusivecities.platform.plan.web;

import java.time.Clock;

import java.util.List;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.Mission;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.Level;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/* own context: its deliberate bad requests must not show up in the metrics other tests inspect */
@SharesContext
@PlatformIntegrationTest(properties = "platform.test.context=plan")
@AutoConfigureMockMvc
class PlanPagesIntegrationTest {

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

	String base;

	@BeforeEach
	void seed() {
		seed = PlanTestCities.seed(cities, people, clock, String.valueOf(System.nanoTime()));
		base = "/my/cities/" + seed.a().getSlug() + "/plan";
	}

	@Test
	void everyPageRendersForACouncilMember() throws Exception {
		for (String page : new String[] { "", "/council", "/mission", "/goals", "/baseline", "/activities", "/kickoff",
				"/communication", "/history" }) {
			mvc.perform(get(base + page).with(authentication(signedIn(seed.councilA()))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(seed.a().getName())));
		}
	}

	@Test
	void theStakeholderMapIsAlsoDrawnAsAnInfluenceAndInterestGrid() throws Exception {
		plans.save(seed.a().getId(), org.inclusivecities.platform.plan.PlanPart.BASELINE, 0,
				new org.inclusivecities.platform.plan.Baseline(List.of(), List.of(
						stakeholder("City council", Level.HIGH, Level.HIGH), stakeholder("Employers", Level.HIGH, Level.LOW),
						stakeholder("Neighbours", Level.LOW, Level.HIGH), stakeholder("Library", Level.MEDIUM, Level.MEDIUM))),
				new org.inclusivecities.platform.plan.Editor("t", "Tester"));
		String page = mvc.perform(get(base + "/baseline").with(authentication(signedIn(seed.councilA()))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).as("the part's history names who saved what").contains("Changes to this part",
				"Version 1, Tester", "4 rows added or changed", "City council");
		String grid = page.substring(page.indexOf("id=\"stakeholder-grid\""));
		grid = grid.substring(0, grid.indexOf("</table>"));
		// rows from high to low influence, columns from low to high interest: each organisation in its own cell
		String[] rows = grid.split("<th scope=\"row\"");
		assertThat(rows).hasSize(4);
		assertThat(rows[1]).contains("Influence: High", "Keep satisfied", "Employers", "Manage closely", "City council")
			.doesNotContain("Library", "Neighbours");
		assertThat(rows[1].indexOf("Employers")).isLessThan(rows[1].indexOf("City council"));
		assertThat(rows[2]).contains("Influence: Medium", "Library");
		assertThat(rows[3]).contains("Influence: Low", "Keep informed", "Neighbours", "Monitor");
	}

	private static org.inclusivecities.platform.plan.Stakeholder stakeholder(String organisation, Level influence,
			Level interest) {
		return new org.inclusivecities.platform.plan.Stakeholder(organisation,
				org.inclusivecities.platform.plan.Sector.HEALTH, null, influence, interest,
				org.inclusivecities.platform.plan.EngagementLevel.values()[0]);
	}

	@Test
	void pagesSpeakDutchOnRequest() throws Exception {
		mvc.perform(get(base).param("lang", "nl").with(authentication(signedIn(seed.councilA()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Checklist van het charter")))
			.andExpect(content().string(containsString("0 van 7 eisen vervuld")));
	}

	@Test
	void addingACouncilMemberSavesAndWarnsWithoutLivedExperience() throws Exception {
		mvc.perform(post(base + "/council").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("version", "0").param("name", "Ann Peeters").param("organisation", "City hall")
			.param("profile", "POLICY_MAKER").param("consent", "NETWORK").param("basis", "IN_PERSON").param("givenOn", "2026-01-15"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base + "/council"));
		assertThat(plans.draft(seed.a().getId()).council().content().members()).hasSize(1);
		mvc.perform(get(base + "/council").with(authentication(signedIn(seed.councilA()))))
			.andExpect(content().string(containsString("Ann Peeters")))
			.andExpect(content().string(containsString("no person in recovery or family member yet")));
	}

	@Test
	void aCouncilMemberCanBeLinkedOnlyToAnAccountOfTheSameCity() throws Exception {
		mvc.perform(post(base + "/council").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("version", "0").param("name", "Someone from B").param("profile", "CITIZEN")
			.param("personId", seed.councilB().getId()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose someone who is a member of this city")));
		mvc.perform(post(base + "/council").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("version", "0").param("name", "Reader").param("profile", "FAMILY_MEMBER")
			.param("personId", seed.readerA().getId()))
			.andExpect(status().is3xxRedirection());
		assertThat(plans.draft(seed.a().getId()).council().content().members()).extracting(m -> m.personId())
			.containsExactly(seed.readerA().getId());
	}

	@Test
	void badInputGivesFieldErrorsAndAnErrorSummary() throws Exception {
		mvc.perform(post(base + "/activities").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("version", "0").param("title", "Walk").param("type", "RECOVERY_WALK")
			.param("startDate", "2027-05-10").param("endDate", "2027-05-01").param("place", "Park")
			.param("aims", "CELEBRATE_RECOVERY"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#endDate\"")))
			.andExpect(content().string(containsString("The end date must be the same as or after the start date")));
		mvc.perform(post(base + "/activities").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("version", "0").param("title", "Walk").param("startDate", "not-a-date").param("latitude", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a real date as year-month-day")))
			.andExpect(content().string(containsString("Enter a number")));
		mvc.perform(post(base + "/mission").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("version", "0").param("mission", "x".repeat(6000)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Use at most 5000 characters")));
		mvc.perform(post(base + "/goals").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("version", "zero").param("text", "A goal"))
			.andExpect(status().isBadRequest());
		mvc.perform(post(base + "/goals").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("version", "0").param("text", "A goal").param("term", "SHORT_TERM")
			.param("targetDate", "+999999999-12-31"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#targetDate\"")))
			.andExpect(content().string(containsString("Enter a real date as year-month-day")));
		mvc.perform(post(base + "/goals").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("version", "0").param("text", "A goal").param("term", "SHORT_TERM").param("targetDate", "1999-12-31"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#targetDate\"")))
			.andExpect(content().string(containsString("Enter a date between the years 2000 and 2100")));
		mvc.perform(post(base + "/activities").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("version", "0").param("title", "Walk").param("type", "RECOVERY_WALK")
			.param("startDate", "2027-05-10").param("endDate", "2031-05-10").param("place", "Park")
			.param("aims", "CELEBRATE_RECOVERY"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#endDate\"")))
			.andExpect(content().string(containsString("An activity lasts at most a year")));
		assertThat(plans.draft(seed.a().getId()).snapshot().activities().activities()).isEmpty();
		assertThat(plans.draft(seed.a().getId()).mission().version()).isZero();
		assertThat(plans.draft(seed.a().getId()).goals().version()).isZero();
	}

	@Test
	void aStaleSaveShowsWhoChangedItAndTheirVersion() throws Exception {
		plans.save(seed.a().getId(), PlanPart.MISSION, 0, new Mission("Their mission", null), new Editor("x", "Bea Janssens"));
		mvc.perform(post(base + "/mission").with(authentication(signedIn(seed.councilA()))).with(csrf())
			.param("version", "0").param("mission", "My mission"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Changed by Bea Janssens")))
			.andExpect(content().string(containsString("Their mission")))
			.andExpect(content().string(containsString("My mission")));
		assertThat(plans.draft(seed.a().getId()).mission().content().mission()).isEqualTo("Their mission");
	}

	@Test
	void membersWithoutThePlanRoleReadButCannotWrite() throws Exception {
		mvc.perform(get(base + "/mission").with(authentication(signedIn(seed.readerA()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You can read this section")));
		mvc.perform(post(base + "/mission").with(authentication(signedIn(seed.readerA()))).with(csrf())
			.param("version", "0").param("mission", "Sneaky"))
			.andExpect(status().isNotFound());
		assertThat(plans.draft(seed.a().getId()).mission().content().mission()).isNull();
	}

}
