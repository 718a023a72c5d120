package org.inclusivecities.platform.plan.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.events.MovableClock;
import org.inclusivecities.platform.mail.TestMailServer;
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
import org.inclusivecities.platform.plan.PlanPublisher;
import org.inclusivecities.platform.plan.Place;
import org.inclusivecities.platform.plan.monitoring.ReportReminderJob;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.Seeds;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporting cycle as a council member lives it on the movable clock: the reminder two months before 31 March
 * arrives over SMTP and its link leads, through sign-in, to the report pre-filled with the plan's activity; once the
 * deadline has passed the on-hold mail arrives the same way; the member marks the activity, writes the reflection
 * and submits, and the release mail follows. At desktop width and at 390 px.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.DEFINED_PORT, properties = "platform.mail.poll-interval=PT0.3S")
@Import(ReportReminderJourneyTest.Time.class)
class ReportReminderJourneyTest {

	static final int PORT = freePort();

	static final String BASE = "http://localhost:" + PORT;

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

	@RegisterExtension
	static final TestMailServer smtp = new TestMailServer();

	@DynamicPropertySource
	static void serverAndMail(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("platform.web.base-url", () -> BASE);
		smtp.deliverHere(registry);
	}

	@RegisterExtension
	static Browser browser = new Browser();

	@Autowired
	MovableClock clock;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ActionPlanService plans;

	@Autowired
	PlanPublisher publisher;

	@Autowired
	ReportReminderJob reminders;

	@ParameterizedTest
	@EnumSource(Width.class)
	void theRemindersLeadToTheReportAndTheSubmissionReleasesTheHold(Width width) throws Exception {
		String name = width == Width.DESKTOP ? "Herinnerstad" : "Herinnerdorp";
		at("2025-11-10");
		City city = Seeds.member(cities, name, "NL");
		Person council = Seeds.withPassword(people, passwords, Seeds.person(people, "cora@" + city.getSlug()
				+ ".example", "Cora Council", city, Role.COUNCIL_MEMBER, clock.instant()));
		plans.save(city.getId(), PlanPart.ACTIVITIES, 0, new Activities(List.of(new Activity(null,
				"Recovery walk of " + name, ActivityType.RECOVERY_WALK, LocalDate.of(2025, 12, 6), null,
				new Place("Park", null, null), Set.of(Aim.MAKE_RECOVERY_VISIBLE), List.of(), true, true))),
				new Editor("seed", "Seed"));
		publisher.publish(city.getId(), new Editor("seed", "Seed"));

		at("2026-02-01");
		reminders.run();
		String reminder = mailTo(council, "The report 2025 of " + name + " is due soon");
		assertThat(reminder).contains("due by 31 March 2026 (in 58 days)");
		signInFrom(width, link(reminder), council);
		assertThat(browser.text()).contains("Monitoring report 2025", "Recovery walk of " + name,
				"1 activity is still to mark");

		at("2026-04-02");
		reminders.run();
		String onHold = mailTo(council, name + " is on hold: the report 2025 is missing");
		signInFrom(width, link(onHold), council);
		browser.click("Mark: Recovery walk of " + name);
		browser.find(By.id("held")).click();
		browser.type("participants", "28");
		browser.click("Save");
		browser.type("reflection", "The walk drew families").type("nextSteps", "Two walks next year");
		browser.click("Save");
		browser.click("Submit the report");
		assertThat(browser.text()).contains("Submitted, waiting for the secretariat");
		assertThat(mailTo(council, name + " is no longer on hold")).contains("the city is no longer on hold");
	}

	private void signInFrom(Width width, String link, Person person) {
		browser.at(width);
		browser.driver().manage().deleteAllCookies();
		browser.openFromMail(link);
		browser.type("username", person.getEmail()).type("password", Seeds.PASSWORD);
		browser.find(By.cssSelector("main button[type='submit']")).click();
		browser.assertAccessible();
		assertThat(browser.driver().getCurrentUrl()).startsWith(link);
	}

	private void at(String day) {
		clock.set(LocalDate.parse(day).atTime(7, 0).toInstant(ZoneOffset.UTC));
	}

	private static String mailTo(Person person, String subject) throws Exception {
		return TestMailServer.plainText(smtp.awaitMailWithSubject(subject, person.getEmail()));
	}

	private static String link(String body) {
		Matcher matcher = Pattern.compile(Pattern.quote(BASE) + "/my/cities/[a-z0-9-]+/plan/reports/2025").matcher(body);
		assertThat(matcher.find()).as("report link in %s", body).isTrue();
		return matcher.group();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
