package org.inclusivecities.platform.plan.web;

import java.time.Clock;

import java.time.LocalDate;
import java.util.List;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Baseline;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.EngagementLevel;
import org.inclusivecities.platform.plan.Level;
import org.inclusivecities.platform.plan.Practice;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.plan.Stakeholder;
import org.inclusivecities.platform.plan.Goal;
import org.inclusivecities.platform.plan.GoalTerm;
import org.inclusivecities.platform.plan.Goals;
import org.inclusivecities.platform.plan.PlanEdit;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A goal changed in its place, removed after a confirmation and put back by Undo, each against the page's version. */
@PlatformIntegrationTest(properties = "platform.test.context=plan")
@AutoConfigureMockMvc
class PlanRowsIntegrationTest {

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

	String goals;

	@BeforeEach
	void seed() {
		seed = PlanTestCities.seed(cities, people, clock, String.valueOf(System.nanoTime()));
		goals = "/my/cities/" + seed.a().getSlug() + "/plan/goals";
		plans.save(seed.a().getId(), PlanPart.GOALS, 0,
				new Goals(List.of(goal("Open a recovery café"), goal("Train forty employers"), goal("Hold a walk"))),
				new Editor("t", "Tess Tester"));
	}

	@Test
	void changeOpensTheRowFilledInAndSavesItInItsPlace() throws Exception {
		String page = page(as(get(goals).param("edit", "1")), 200);
		assertThat(page).contains("action=\"" + goals + "/change\"", "Train forty employers</textarea>",
				"name=\"index\" value=\"1\"", "Save the change")
			.as("the add form waits while a row is changed: no field is there twice").doesNotContain("Add goal");
		assertThat(page(as(get(goals)), 200)).contains("Change</span><span class=\"govuk-visually-hidden\"> goal: Hold a walk");

		String saved = mvc.perform(as(post(goals + "/change")).param("version", "1").param("index", "1")
			.param("text", "Train fifty employers").param("term", "LONG_TERM").param("targetDate", "2028-06-30"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(goals)).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(saved).isEqualTo(goals);
		assertThat(texts()).containsExactly("Open a recovery café", "Train fifty employers", "Hold a walk");
		assertThat(goalsNow().get(1).term()).isEqualTo(GoalTerm.LONG_TERM);
		PlanEdit change = plans.history(seed.a().getId(), PlanPart.GOALS, 1).getFirst();
		assertThat(change.version()).isEqualTo(2);
		assertThat(change.editorName()).isEqualTo(seed.councilA().getDisplayName());
		assertThat(change.removed()).singleElement().satisfies(row -> assertThat(row).containsValue("Train forty employers"));
		assertThat(change.added()).singleElement().satisfies(row -> assertThat(row).containsValue("Train fifty employers"));
		assertThat(page(as(get(goals)), 200)).contains("Version 2, " + seed.councilA().getDisplayName());
	}

	@Test
	void badInputOnAChangeComesBackOnThatRowsFieldsAndSavesNothing() throws Exception {
		String page = page(as(post(goals + "/change")).param("version", "1").param("index", "2").param("text", " ")
			.param("term", "SOMETIME").param("targetDate", "1999-02-30"), 400);
		assertThat(page).contains("There is a problem", "href=\"#text\"", "href=\"#term\"", "href=\"#targetDate\"",
				"action=\"" + goals + "/change\"", "name=\"index\" value=\"2\"").doesNotContain("Add goal");
		page = page(as(post(goals + "/change")).param("version", "1").param("index", "2").param("text", "Walk")
			.param("term", "SHORT_TERM").param("targetDate", "1999-01-01"), 400);
		assertThat(page).as("an implausible date is named on its field").contains("href=\"#targetDate\"");
		assertThat(page(as(post(goals + "/change")).param("version", "1").param("index", "7").param("text", "Walk")
			.param("term", "SHORT_TERM"), 400)).contains("This row is no longer there");
		assertThat(texts()).containsExactly("Open a recovery café", "Train forty employers", "Hold a walk");
		assertThat(plans.draft(seed.a().getId()).section(PlanPart.GOALS).version()).isEqualTo(1);
	}

	@Test
	void aChangeFromAStaleVersionShowsTheClashAndOverwritesNothing() throws Exception {
		plans.save(seed.a().getId(), PlanPart.GOALS, 1, new Goals(List.of(goal("Open a recovery café"))),
				new Editor("o", "Otto Other"));
		String page = page(as(post(goals + "/change")).param("version", "1").param("index", "1")
			.param("text", "Train fifty employers").param("term", "SHORT_TERM"), 409);
		assertThat(page).contains("Someone else changed this section", "Otto Other", "Your change was not saved",
				"Train fifty employers</textarea>");
		assertThat(texts()).containsExactly("Open a recovery café");
	}

	@Test
	void removingAsksForAConfirmationNamingTheRowFirst() throws Exception {
		assertThat(page(as(get(goals)), 200)).as("the list itself has no removing button")
			.doesNotContain("action=\"" + goals + "/remove\"");
		String confirm = page(as(get(goals).param("remove", "1")), 200);
		assertThat(confirm).contains("Do you want to remove goal “Train forty employers”?",
				"action=\"" + goals + "/remove\"", "Yes, remove", "No, keep it");
		assertThat(texts()).hasSize(3);
	}

	@Test
	void aRemovalCanBeUndoneAndTheHistoryRecordsBoth() throws Exception {
		MvcResult removed = mvc.perform(as(post(goals + "/remove")).param("version", "1").param("index", "1"))
			.andExpect(status().is3xxRedirection()).andReturn();
		assertThat(texts()).containsExactly("Open a recovery café", "Hold a walk");
		String page = page(as(get(goals).flashAttrs(removed.getFlashMap())), 200);
		assertThat(page).contains("Removed goal “Train forty employers”.",
				"action=\"" + goals + "/undo\"", "name=\"version\" value=\"2\"", "name=\"index\" value=\"1\"",
				"name=\"text\" value=\"Train forty employers\"", "Undo");

		mvc.perform(as(post(goals + "/undo")).param("version", "2").param("index", "1")
			.param("text", "Train forty employers").param("term", "SHORT_TERM").param("targetDate", "2027-05-01"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(goals));
		assertThat(goalsNow()).containsExactly(goal("Open a recovery café"), goal("Train forty employers"),
				goal("Hold a walk"));
		List<PlanEdit> history = plans.history(seed.a().getId(), PlanPart.GOALS, 3);
		assertThat(history).extracting(PlanEdit::version).containsExactly(3L, 2L, 1L);
		assertThat(history.get(0).added()).singleElement().satisfies(r -> assertThat(r).containsValue("Train forty employers"));
		assertThat(history.get(1).removed()).singleElement().satisfies(r -> assertThat(r).containsValue("Train forty employers"));
	}

	@Test
	void undoIsRefusedOnceThePartChangedAgainAndOffersToAddTheRowAgain() throws Exception {
		mvc.perform(as(post(goals + "/remove")).param("version", "1").param("index", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(as(post(goals + "/remove")).param("version", "2").param("index", "0"))
			.andExpect(status().is3xxRedirection());
		String page = page(as(post(goals + "/undo")).param("version", "2").param("index", "0")
			.param("text", "Open a recovery café").param("term", "SHORT_TERM").param("targetDate", "2027-05-01"), 409);
		assertThat(page).contains("Undo is no longer possible", "href=\"#add-goal\"", "Add goal",
				"Open a recovery caf&eacute;</textarea>");
		assertThat(texts()).containsExactly("Hold a walk");
	}

	@Test
	void onlyEditorsOfTheCityChangeRemoveOrUndo() throws Exception {
		Person reader = seed.readerA();
		String page = page(get(goals).param("edit", "0").with(authentication(signedIn(reader))), 200);
		assertThat(page).doesNotContain("/change\"", "Save the change", "Change</span>");
		assertThat(page(get(goals).param("remove", "0").with(authentication(signedIn(reader))), 200))
			.doesNotContain("Yes, remove");
		for (String action : List.of("/change", "/remove", "/undo")) {
			MockHttpServletRequestBuilder post = post(goals + action).with(csrf()).param("version", "1")
				.param("index", "0").param("text", "Hijacked").param("term", "SHORT_TERM");
			// a member without the role is answered like a stranger
			mvc.perform(post.with(authentication(signedIn(reader)))).andExpect(status().isNotFound());
			mvc.perform(post(goals + action).with(csrf()).param("version", "1").param("index", "0")
				.param("text", "Hijacked").param("term", "SHORT_TERM")
				.with(authentication(signedIn(seed.councilB())))).andExpect(status().isNotFound());
		}
		assertThat(texts()).containsExactly("Open a recovery café", "Train forty employers", "Hold a walk");
	}

	@Test
	void anUnreadableRowNumberIsABadRequestNotAnError() throws Exception {
		mvc.perform(get(goals).param("edit", "x").with(authentication(signedIn(seed.councilA()))))
			.andExpect(status().isBadRequest());
		mvc.perform(as(post(goals + "/remove")).param("version", "1").param("index", "-3"))
			.andExpect(status().isBadRequest());
		assertThat(texts()).hasSize(3);
	}

	@Test
	void aStakeholderAndASectorOfTheBaselineAreChangedRemovedAndPutBack() throws Exception {
		String baseline = goals.replace("/goals", "/baseline");
		plans.save(seed.a().getId(), PlanPart.BASELINE, 0, new Baseline(
				List.of(new Practice(Sector.HOUSING, "Housing first", null)),
				List.of(new Stakeholder("Library", Sector.CULTURE, null, Level.LOW, Level.HIGH, EngagementLevel.INFORM),
						new Stakeholder("Job centre", Sector.EMPLOYMENT, null, Level.HIGH, Level.HIGH,
								EngagementLevel.INVOLVE))),
				new Editor("t", "Tess Tester"));
		assertThat(page(as(get(baseline).param("editStakeholder", "1")), 200))
			.contains("action=\"" + baseline + "/stakeholders/change\"", "value=\"Job centre\"", "Add sector")
			.doesNotContain("Add stakeholder");
		mvc.perform(as(post(baseline + "/stakeholders/change")).param("version", "1").param("index", "1")
			.param("organisation", "Public employment service").param("influence", "HIGH").param("interest", "MEDIUM")
			.param("engagement", "COLLABORATE")).andExpect(status().is3xxRedirection());
		assertThat(page(as(post(baseline + "/practices/change")).param("version", "2").param("index", "0")
			.param("existing", "Housing first"), 400)).contains("href=\"#practiceSector\"", "Add stakeholder");
		mvc.perform(as(post(baseline + "/practices/change")).param("version", "2").param("index", "0")
			.param("practiceSector", "HOUSING").param("existing", "Housing first").param("gaps", "Too few homes"))
			.andExpect(status().is3xxRedirection());

		assertThat(page(as(get(baseline).param("removeStakeholder", "0")), 200))
			.contains("Do you want to remove stakeholder “Library”?");
		MvcResult removed = mvc.perform(as(post(baseline + "/stakeholders/remove")).param("version", "3")
			.param("index", "0")).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(page(as(get(baseline).flashAttrs(removed.getFlashMap())), 200))
			.contains("Removed stakeholder “Library”.", "action=\"" + baseline + "/stakeholders/undo\"");
		mvc.perform(as(post(baseline + "/stakeholders/undo")).param("version", "4").param("index", "0")
			.param("organisation", "Library").param("sector", "CULTURE").param("influence", "LOW")
			.param("interest", "HIGH").param("engagement", "INFORM")).andExpect(status().is3xxRedirection());
		Baseline now = (Baseline) plans.draft(seed.a().getId()).section(PlanPart.BASELINE).content();
		assertThat(now.stakeholders()).extracting(Stakeholder::organisation)
			.containsExactly("Library", "Public employment service");
		assertThat(now.stakeholders().get(1).engagement()).isEqualTo(EngagementLevel.COLLABORATE);
		assertThat(now.practices()).containsExactly(new Practice(Sector.HOUSING, "Housing first", "Too few homes"));
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(authentication(signedIn(seed.councilA()))).with(csrf());
	}

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
	}

	private List<Goal> goalsNow() {
		return ((Goals) plans.draft(seed.a().getId()).section(PlanPart.GOALS).content()).goals();
	}

	private List<String> texts() {
		return goalsNow().stream().map(Goal::text).toList();
	}

	private static Goal goal(String text) {
		return new Goal(text, GoalTerm.SHORT_TERM, LocalDate.of(2027, 5, 1));
	}

}
