package org.inclusivecities.platform.plan.web;

import java.time.Clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Activities;
import org.inclusivecities.platform.plan.Activity;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.Place;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.inclusivecities.platform.testing.Seeds;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council member opens the year's report from the workspace home, finds the plan's activities of the year to mark,
 * marks one held with its participants and one not held with the reason, writes the reflection and submits; the
 * secretariat finds the report waiting on its home, reads it and returns it with feedback; the council member reads
 * the feedback on the report, where it can be completed again. At the desktop and at 390 px.
 */
@SharesContext
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReportingJourneyTest {

	@Autowired
	Clock clock;

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ActionPlanService plans;

	@ParameterizedTest
	@EnumSource(Width.class)
	void aReportIsPrefilledMarkedSubmittedAndReturnedWithFeedback(Width width) throws Exception {
		String name = width == Width.DESKTOP ? "Rapportstad" : "Rapportdorp";
		int year = LocalDate.now(clock).getYear();
		City city = Seeds.member(cities, name, "BE");
		String council = Seeds.withPassword(people, passwords, Seeds.person(people, "cora@" + city.getSlug() + ".example",
				"Cora Council", city, Role.COUNCIL_MEMBER, clock.instant())).getEmail();
		String secretariat = secretariat("sam-" + city.getSlug() + "@secretariat.example");
		LocalDate first = LocalDate.of(year, 1, 1);
		plans.save(city.getId(), PlanPart.ACTIVITIES, 0, new Activities(List.of(
				activity("Recovery walk of " + name, first), activity("Recovery cafe of " + name, first))),
				new Editor("seed", "Seed"));
		String base = "http://localhost:" + port;

		browser.at(width).signIn(base, council, Seeds.PASSWORD);
		browser.clickInNavigation("My workspace").click(name).click("Yearly monitoring reports")
			.click("Monitoring report " + year);
		assertThat(browser.text()).contains("Planned activities of the year", "2 activities are still to mark",
				"Recovery walk of " + name);

		browser.click("Mark: Recovery walk of " + name);
		browser.find(By.id("held")).click();
		browser.type("participants", "35").type("notes", "Sunny, many families");
		browser.click("Save");
		assertThat(browser.text()).contains("Saved what became of the activity.", "1 activity is still to mark");

		browser.click("Mark: Recovery cafe of " + name);
		browser.find(By.id("held-false")).click();
		browser.click("Save");
		assertThat(browser.text()).as("the reason is asked for").contains("There is a problem");
		browser.type("reason", "The venue closed for repairs");
		browser.click("Save");
		assertThat(browser.text()).doesNotContain("still to mark");

		browser.type("reflection", "Families came along").type("nextSteps", "A second walk in autumn");
		browser.click("Save");
		browser.click("Preview the report");
		assertThat(browser.text()).contains("This is the report as the secretariat reads it.", "35",
				"The venue closed for repairs", "Families came along");
		browser.click("Back to the report").click("Submit the report");
		assertThat(browser.text()).contains("Submitted, waiting for the secretariat");

		browser.signIn(base, secretariat, Seeds.PASSWORD);
		browser.clickInNavigation("Secretariat").click("1 report is waiting for your review").click(name);
		assertThat(browser.text()).contains("Report " + year + " of " + name, "Recovery walk of " + name,
				"The venue closed for repairs");
		browser.find(By.id("verdict-returned")).click();
		browser.click("Send the answer");
		assertThat(browser.text()).as("feedback is required to return a report").contains("There is a problem");
		browser.find(By.id("verdict-returned")).click();
		browser.type("feedback", "Please say what the cafe needs to go on");
		browser.click("Send the answer");
		assertThat(browser.text()).contains("went back to the city with your feedback");

		browser.signIn(base, council, Seeds.PASSWORD);
		browser.clickInNavigation("My workspace").click(name).click("Yearly monitoring reports")
			.click("Monitoring report " + year);
		assertThat(browser.text()).contains("Returned: please complete", "Please say what the cafe needs to go on")
			.contains("Submit the report");
	}

	private String secretariat(String email) {
		Person person = Person.create(email, "Sam Secretariat", Language.EN, clock.instant());
		person.makeNetworkAdmin();
		return Seeds.withPassword(people, passwords, person).getEmail();
	}

	private static Activity activity(String title, LocalDate date) {
		return new Activity(null, title, ActivityType.RECOVERY_WALK, date, date, new Place("Park", null, null),
				Set.of(Aim.MAKE_RECOVERY_VISIBLE), List.of(), false, true);
	}

}
