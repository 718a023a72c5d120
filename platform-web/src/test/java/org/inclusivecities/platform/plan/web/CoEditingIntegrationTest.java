package org.inclusivecities.platform.plan.web;

import java.time.Clock;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.Mission;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two people edit the same plan part: a save carries the version and the values it started from, so fields only
 * one of them changed merge, a field both changed is a conflict, and the conflict page's form cannot overwrite.
 */
@SharesContext
@PlatformIntegrationTest(properties = "platform.test.context=plan")
@AutoConfigureMockMvc
class CoEditingIntegrationTest {

	@Autowired
	Clock clock;

	private static final Editor BEA = new Editor("bea", "Bea Janssens");

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
		plans.save(seed.a().getId(), PlanPart.MISSION, 0, new Mission("Shared mission", "Shared vision"), BEA);
	}

	@Test
	void aStaleSaveOfAnotherFieldMerges() throws Exception {
		Map<String, String> form = formOf(get(base + "/mission"));
		bea(new Mission("Shared mission, with Bea's addition", "Shared vision"));

		form.put("vision", "A city where recovery is visible");
		mvc.perform(submit("/mission", form)).andExpect(status().is3xxRedirection());

		Mission now = plans.draft(seed.a().getId()).mission().content();
		assertThat(now.mission()).isEqualTo("Shared mission, with Bea's addition");
		assertThat(now.vision()).isEqualTo("A city where recovery is visible");
	}

	@Test
	void theSameFieldChangedByBothIsAConflictShownSideBySide() throws Exception {
		Map<String, String> form = formOf(get(base + "/mission"));
		bea(new Mission("Bea's mission", "Shared vision"));

		form.put("mission", "My mission");
		form.put("vision", "My vision");
		mvc.perform(submit("/mission", form))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Changed by Bea Janssens")))
			.andExpect(content().string(containsString("Their version")))
			.andExpect(content().string(containsString("Bea&#39;s mission")))
			.andExpect(content().string(containsString("Your version")))
			.andExpect(content().string(containsString("My mission")));

		Mission now = plans.draft(seed.a().getId()).mission().content();
		assertThat(now.mission()).isEqualTo("Bea's mission");
		assertThat(now.vision()).isEqualTo("Shared vision");
	}

	@Test
	void theConflictPagesFormCannotOverwriteTheirChange() throws Exception {
		Map<String, String> form = formOf(get(base + "/mission"));
		bea(new Mission("Bea's mission", "Shared vision"));
		form.put("mission", "My mission");

		Map<String, String> conflictForm = formOf(submit("/mission", form), 409);
		String page = mvc.perform(submit("/mission", conflictForm))
			.andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString();

		assertThat(plans.draft(seed.a().getId()).mission().content().mission()).isEqualTo("Bea's mission");
		assertThat(page).contains("Choose which text to keep");
	}

	@Test
	void choosingOnTheConflictPageSavesTheMergedText() throws Exception {
		Map<String, String> form = formOf(get(base + "/mission"));
		bea(new Mission("Bea's mission", "Shared vision"));
		form.put("mission", "My mission");
		form.put("vision", "My vision");

		Map<String, String> conflictForm = formOf(submit("/mission", form), 409);
		assertThat(conflictForm).containsEntry("vision", "My vision");
		conflictForm.put("choice.mission", "mine");
		conflictForm.put("mission", "Bea's mission and mine");
		mvc.perform(submit("/mission", conflictForm)).andExpect(status().is3xxRedirection());

		Mission now = plans.draft(seed.a().getId()).mission().content();
		assertThat(now.mission()).isEqualTo("Bea's mission and mine");
		assertThat(now.vision()).isEqualTo("My vision");
	}

	@Test
	void keepingTheirTextOnTheConflictPageLeavesItAndSavesTheRest() throws Exception {
		Map<String, String> form = formOf(get(base + "/mission"));
		bea(new Mission("Bea's mission", "Shared vision"));
		form.put("mission", "My mission");
		form.put("vision", "My vision");

		Map<String, String> conflictForm = formOf(submit("/mission", form), 409);
		conflictForm.put("choice.mission", "theirs");
		mvc.perform(submit("/mission", conflictForm)).andExpect(status().is3xxRedirection());

		Mission now = plans.draft(seed.a().getId()).mission().content();
		assertThat(now.mission()).isEqualTo("Bea's mission");
		assertThat(now.vision()).isEqualTo("My vision");
	}

	@Test
	void aChoiceMadeOnAnOlderVersionOfTheirTextIsAskedAgain() throws Exception {
		Map<String, String> form = formOf(get(base + "/mission"));
		bea(new Mission("Bea's mission", "Shared vision"));
		form.put("mission", "My mission");
		Map<String, String> conflictForm = formOf(submit("/mission", form), 409);
		bea(new Mission("Bea's second thoughts", "Shared vision"));

		conflictForm.put("choice.mission", "mine");
		mvc.perform(submit("/mission", conflictForm))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Bea&#39;s second thoughts")));
		assertThat(plans.draft(seed.a().getId()).mission().content().mission()).isEqualTo("Bea's second thoughts");
	}

	@Test
	void kickOffFieldsMergeToo() throws Exception {
		Map<String, String> form = formOf(get(base + "/kickoff"));
		mvc.perform(submit("/kickoff", Map.of("version", form.get("version"), "outcomeNotes", "Bea's notes",
				"base.outcomeNotes", "", "base.date", "", "base.stakeholdersInvited", "")))
			.andExpect(status().is3xxRedirection());
		form.put("date", "2027-03-01");
		mvc.perform(submit("/kickoff", form)).andExpect(status().is3xxRedirection());

		var kickOff = plans.draft(seed.a().getId()).kickoff().content();
		assertThat(kickOff.outcomeNotes()).isEqualTo("Bea's notes");
		assertThat(kickOff.date()).hasToString("2027-03-01");
	}

	@Test
	void kickOffPlaceCountsAndFollowUpAreKeptAndEachCountMergesOnItsOwn() throws Exception {
		Map<String, String> first = formOf(get(base + "/kickoff"));
		Map<String, String> stale = new java.util.HashMap<>(first);
		first.put("place", "Town hall");
		first.put("families", "7");
		first.put("peopleInRecovery", "12");
		first.put("followUp", "A meeting every quarter");
		mvc.perform(submit("/kickoff", first)).andExpect(status().is3xxRedirection());

		// from the page as it was before: a bad count is refused on its field, nothing saved
		stale.put("justice", "-2");
		stale.put("policy", "many");
		mvc.perform(submit("/kickoff", stale))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("href=\"#justice\""),
					org.hamcrest.Matchers.containsString("href=\"#policy\""))));
		// and a good one from that old page merges with the counts saved meanwhile
		stale.put("justice", "3");
		stale.remove("policy");
		mvc.perform(submit("/kickoff", stale)).andExpect(status().is3xxRedirection());

		var kickOff = plans.draft(seed.a().getId()).kickoff().content();
		assertThat(kickOff.place()).isEqualTo("Town hall");
		assertThat(kickOff.attendees(org.inclusivecities.platform.plan.AttendeeGroup.FAMILIES)).isEqualTo(7);
		assertThat(kickOff.attendees(org.inclusivecities.platform.plan.AttendeeGroup.JUSTICE)).isEqualTo(3);
		assertThat(kickOff.attendees()).isEqualTo(22);
		assertThat(kickOff.followUp()).isEqualTo("A meeting every quarter");
	}

	@Test
	void rowsAddedFromAStaleListPageDoNotClash() throws Exception {
		Map<String, String> goal = Map.of("text", "Open a recovery café", "term", "SHORT_TERM", "targetDate",
				"2027-06-01", "version", "0");
		mvc.perform(submit("/goals", goal)).andExpect(status().is3xxRedirection());
		mvc.perform(submit("/goals", Map.of("text", "A job fair", "term", "LONG_TERM", "targetDate", "2028-06-01",
				"version", "0")))
			.andExpect(status().is3xxRedirection());

		assertThat(plans.draft(seed.a().getId()).goals().content().goals()).extracting(g -> g.text())
			.containsExactly("Open a recovery café", "A job fair");
	}

	private void bea(Mission mission) {
		long version = plans.draft(seed.a().getId()).mission().version();
		plans.save(seed.a().getId(), PlanPart.MISSION, version, mission, BEA);
	}

	private MockHttpServletRequestBuilder submit(String page, Map<String, String> fields) {
		MockHttpServletRequestBuilder post = post(base + page).with(authentication(signedIn(seed.councilA())))
			.with(csrf());
		fields.forEach(post::param);
		return post;
	}

	private Map<String, String> formOf(MockHttpServletRequestBuilder request) throws Exception {
		return formOf(request.with(authentication(signedIn(seed.councilA()))), 200);
	}

	/** What a browser would send back from the page's edit form unchanged: hidden inputs, texts, checked radios. */
	private Map<String, String> formOf(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(expectedStatus);
		String html = response.getContentAsString();
		Matcher form = Pattern.compile("<form[^>]*method=\"post\"[^>]*novalidate>(.*?)</form>", Pattern.DOTALL)
			.matcher(html);
		assertThat(form.find()).as("an edit form on the page").isTrue();
		String body = form.group(1);
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		Matcher input = Pattern.compile("<input([^>]*)>").matcher(body);
		while (input.find()) {
			String attributes = input.group(1);
			String type = attribute(attributes, "type");
			if (("radio".equals(type) || "checkbox".equals(type)) && !attributes.contains("checked")) {
				continue;
			}
			String name = attribute(attributes, "name");
			if (name != null && !"_csrf".equals(name)) {
				String value = attribute(attributes, "value");
				fields.put(name, value == null ? "" : HtmlUtils.htmlUnescape(value));
			}
		}
		Matcher textarea = Pattern.compile("<textarea([^>]*)>(.*?)</textarea>", Pattern.DOTALL).matcher(body);
		while (textarea.find()) {
			fields.put(attribute(textarea.group(1), "name"), HtmlUtils.htmlUnescape(textarea.group(2)).strip());
		}
		return fields;
	}

	private static String attribute(String attributes, String name) {
		Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
		return m.find() ? m.group(1) : null;
	}

}
