package org.inclusivecities.platform.events;

import java.time.Clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Activity;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.PlanPublisher;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.inclusivecities.platform.testing.Seeds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusivecities.platform.security.TestPrincipals.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An activity with times of day, a monthly repetition and a description, entered on the plan's form: bad times and
 * repetitions are named on their field; once published, its public page shows when (times, every month until),
 * the next dates and the description; the calendar lists each repetition with its times; its iCalendar entry and
 * the city's carry the local times and one uid per repetition; the profile links to both. A private activity, an
 * unknown one and another city's address answer 404.
 */
@SharesContext
@PlatformIntegrationTest
@AutoConfigureMockMvc
class ActivityPageIntegrationTest {

	@Autowired
	Clock clock;

	static final Editor EDITOR = new Editor("tester", "Tester");

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

	@Test
	void aMonthlyCafeWithTimesHasItsPageItsDatesAndItsCalendarEntries() throws Exception {
		City city = Seeds.member(cities, "Cafestad", "NL");
		City other = Seeds.member(cities, "Andersstad", "NL");
		Person saved = Seeds.person(people, "admin@cafestad.example", "Ada Admin", city, Role.CITY_ADMIN, clock.instant());
		LocalDate first = LocalDate.now(clock).plusDays(10);
		String form = "/my/cities/" + city.getSlug() + "/plan/activities";

		String refused = body(mvc.perform(post(form).with(authentication(signedIn(saved))).with(csrf())
			.param("version", "0").param("title", "Recovery cafe").param("type", "RECOVERY_CAFE")
			.param("startDate", first.toString()).param("endDate", first.plusDays(1).toString())
			.param("place", "Library").param("aims", "NEW_CONNECTIONS").param("publicActivity", "true")
			.param("startTime", "25:00").param("endTime", "21:00").param("recurrence", "MONTHLY")
			.param("repeatUntil", first.plusMonths(5).toString())).andExpect(status().isBadRequest()));
		assertThat(refused).contains("href=\"#startTime\"", "Enter a time as hours and minutes");
		assertThat(plans.draft(city.getId()).activities().content().activities()).isEmpty();

		mvc.perform(post(form).with(authentication(signedIn(saved))).with(csrf())
			.param("version", "0").param("title", "Recovery cafe").param("type", "RECOVERY_CAFE")
			.param("startDate", first.toString()).param("place", "Library").param("aims", "NEW_CONNECTIONS")
			.param("publicActivity", "true").param("startTime", "19.00").param("endTime", "21:30")
			.param("recurrence", "MONTHLY").param("repeatUntil", first.plusMonths(5).toString())
			.param("description", "Coffee, stories and a warm welcome"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(form).with(authentication(signedIn(saved))).with(csrf())
			.param("version", "1").param("title", "Council evening").param("type", "MUTUAL_AID")
			.param("startDate", first.toString()).param("place", "Town hall").param("aims", "NEW_CONNECTIONS"))
			.andExpect(status().is3xxRedirection());
		publisher.publish(city.getId(), EDITOR);
		List<Activity> activities = plans.draft(city.getId()).activities().content().activities();
		Activity cafe = activities.stream().filter(a -> a.title().equals("Recovery cafe")).findFirst().orElseThrow();
		Activity closed = activities.stream().filter(a -> !a.publicActivity()).findFirst().orElseThrow();
		String page = "/cities/" + city.getSlug() + "/activities/" + cafe.id();

		String profile = body(mvc.perform(get("/cities/" + city.getSlug())).andExpect(status().isOk()));
		assertThat(profile).contains("href=\"" + page + "\"", "href=\"/cities/" + city.getSlug() + "/events.ics\"");

		String shown = body(mvc.perform(get(page)).andExpect(status().isOk()));
		assertThat(shown).contains("Recovery cafe", "Coffee, stories and a warm welcome", ", 19:00 to 21:30",
				"Every month until", "Next dates", "Library, Cafestad", "Make new connections");
		assertThat(shown.split("<li>[A-Z][a-z]+day ", -1)).as("six next dates listed").hasSize(7);
		// what the city wrote is in the city's language (Dutch), marked so on an English page (WCAG 3.1.2)
		assertThat(shown).contains("<h1 class=\"govuk-heading-l\" lang=\"nl\">Recovery cafe</h1>",
				"<p class=\"govuk-body-l ic-pre-line\" lang=\"nl\">Coffee, stories and a warm welcome</p>");
		assertThat(body(mvc.perform(get(page).param("lang", "nl")).andExpect(status().isOk())))
			.contains("<h1 class=\"govuk-heading-l\">Recovery cafe</h1>");

		String ics = body(mvc.perform(get(page + ".ics")).andExpect(status().isOk()));
		assertThat(ics).contains("DTSTART:" + first.toString().replace("-", "") + "T190000",
				"DTEND:" + first.toString().replace("-", "") + "T213000", "UID:activity-" + cafe.id() + "-" + first,
				"DESCRIPTION:Coffee\\, stories and a warm welcome");
		assertThat(ics.split("BEGIN:VEVENT", -1)).as("one entry per repetition").hasSize(7);
		assertThat(body(mvc.perform(get("/cities/" + city.getSlug() + "/events.ics")).andExpect(status().isOk())))
			.contains("UID:activity-" + cafe.id() + "-" + first.plusMonths(5)).doesNotContain("Council evening");

		assertThat(body(mvc.perform(get("/events?city=" + city.getSlug())).andExpect(status().isOk())))
			.contains("6 events", "19:00 to 21:30");

		mvc.perform(get("/cities/" + city.getSlug() + "/activities/" + closed.id())).andExpect(status().isNotFound());
		mvc.perform(get("/cities/" + city.getSlug() + "/activities/no-such-activity")).andExpect(status().isNotFound());
		mvc.perform(get("/cities/" + other.getSlug() + "/activities/" + cafe.id())).andExpect(status().isNotFound());
	}

	private static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

}
