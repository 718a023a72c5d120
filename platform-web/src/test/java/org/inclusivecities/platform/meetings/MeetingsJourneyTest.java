package org.inclusivecities.platform.meetings;

import java.time.LocalDate;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.join.Fixtures;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat signs in from the home page, announces a regional meeting from its home (a bad start first, named
 * on its field), and the public finds it from the recovery calendar, in the list of network meetings, and opens it:
 * kind, local time in its zone, place, organiser, description and the calendar file. A member signs in from the
 * meeting, is brought back to it, registers and is mailed the confirmation. At the desktop and at 390 px, every page
 * axe-core clean.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MeetingsJourneyTest {

	private static final String PASSWORD = "a long enough passphrase 42";

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
	Outbox outbox;

	@ParameterizedTest
	@EnumSource(Width.class)
	void theSecretariatAnnouncesARegionalMeetingAndThePublicOpensIt(Width width) {
		String title = width == Width.DESKTOP ? "Regional day Flanders" : "Regional day Utrecht";
		String email = "secretariat-" + width.name().toLowerCase() + "@meetings.example";
		String member = "member-" + width.name().toLowerCase() + "@meetings.example";
		if (people.findByEmail(email).isEmpty()) {
			new Fixtures(cities, people, passwords).networkAdmin(email, PASSWORD);
			new Fixtures(cities, people, passwords).person(member, PASSWORD, null);
		}
		String base = "http://localhost:" + port;
		LocalDate day = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(40);

		browser.at(width).signIn(base, email, PASSWORD);
		browser.clickInNavigation("Secretariat").click("Announce a network meeting");
		new Select(browser.find(By.id("kind"))).selectByVisibleText("Regional meeting");
		browser.type("title", title)
			.type("description", "Cities of the region share what works in recovery cafés.")
			.type("startDate", "2020-01-01")
			.type("startTime", "14:00")
			.type("endDate", day.toString())
			.type("endTime", "16:30")
			.type("place", "Stadhuis, Botermarkt 1")
			.type("capacity", "30");
		new Select(browser.find(By.id("language"))).selectByValue("nl");
		browser.click("Announce the meeting");
		assertThat(browser.text()).contains("There is a problem", "The start must be in the future");
		browser.type("startDate", day.toString()).click("Announce the meeting");
		assertThat(browser.text()).contains("The meeting is announced.", title, "Registered (0)");

		browser.clickInNavigation("Sign out");
		browser.clickInNavigation("Recovery calendar");
		assertThat(browser.text()).contains(title);
		browser.click("Meetings, webinars and study visits of the network");
		assertThat(browser.text()).contains("Network meetings", title,
				"Organised by The Inclusive Cities secretariat");
		browser.click(title);
		assertThat(browser.text()).contains("Regional meeting", title, "14:00 to 16:30 (Europe/Brussels)",
				"Stadhuis, Botermarkt 1", "Dutch", "The Inclusive Cities secretariat", "30 of 30 places left",
				"Cities of the region share what works in recovery cafés.", "Sign in to register");
		assertThat(browser.find(By.id("meeting-ics")).getDomAttribute("href")).endsWith(".ics");

		// a member of the network signs in from the meeting and is brought back to register
		browser.click("Sign in to register");
		browser.type("username", member).type("password", PASSWORD);
		browser.find(By.cssSelector("main form button[type='submit']")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
			.until(d -> d.findElement(By.tagName("body")).getText().contains("Register for this meeting"));
		browser.assertAccessible();
		assertThat(browser.text()).contains(title, "Sign out");
		browser.click("Register for this meeting");
		assertThat(browser.text()).contains("You are registered for this meeting.",
				"You are registered: a place is kept for you.", "29 of 30 places left");
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(member)).anySatisfy(mail -> {
			assertThat(mail.getSubject()).isEqualTo("Your registration: " + title);
			assertThat(mail.getTextBody()).contains("You are registered for " + title, ".ics");
		});
	}

}
