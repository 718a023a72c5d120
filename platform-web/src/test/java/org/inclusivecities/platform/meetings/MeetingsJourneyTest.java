package org.inclusivecities.platform.meetings;

import java.time.Clock;

import java.time.LocalDate;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.join.Fixtures;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
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
@SharesContext
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MeetingsJourneyTest {

	@Autowired
	Clock clock;

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
		LocalDate day = LocalDate.now(clock).plusDays(40);

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
		assertThat(browser.text()).contains(title);
		assertThat(browser.navigationText()).contains("Sign out");
		browser.click("Register for this meeting");
		assertThat(browser.text()).contains("You are registered for this meeting.",
				"You are registered: a place is kept for you.", "29 of 30 places left");
		assertThat(outbox.findAllByRecipientOrderByCreatedAtDesc(member)).anySatisfy(mail -> {
			assertThat(mail.getSubject()).isEqualTo("Your registration: " + title);
			assertThat(mail.getTextBody()).contains("You are registered for " + title, ".ics");
		});
	}

	@ParameterizedTest
	@EnumSource(Width.class)
	void aCityAdminAnnouncesAnOnlineMeetingFromTheWorkspaceAndClosesItsRegistration(Width width) {
		String cityName = width == Width.DESKTOP ? "Meetingstad" : "Meetingdorp";
		String email = "admin@" + cityName.toLowerCase() + ".example";
		if (people.findByEmail(email).isEmpty()) {
			Fixtures fixtures = new Fixtures(cities, people, passwords);
			fixtures.person(email, PASSWORD, fixtures.memberCity(cityName, "NL"),
					org.inclusivecities.platform.people.Role.CITY_ADMIN);
		}
		String base = "http://localhost:" + port;
		LocalDate day = LocalDate.now(clock).plusDays(20);

		browser.at(width).signIn(base, email, PASSWORD);
		browser.clickInNavigation("My workspace").click(cityName).click("Network meetings");
		assertThat(browser.text()).contains("Network meetings you organise", "No meeting announced yet.");
		browser.click("Announce a network meeting");
		new Select(browser.find(By.id("kind"))).selectByVisibleText("Webinar");
		browser.find(By.id("online")).click();
		browser.type("title", "Webinar of " + cityName)
			.type("description", "How our recovery walks started.")
			.type("startDate", day.toString())
			.type("startTime", "10:00")
			.type("endDate", day.toString())
			.type("endTime", "11:00")
			.type("link", "not a link")
			.type("capacity", "50");
		browser.click("Announce the meeting");
		assertThat(browser.text()).contains("Enter the online address, starting with https:// or http://");
		browser.type("link", "https://meet.example.org/" + cityName.toLowerCase()).click("Announce the meeting");
		assertThat(browser.text()).contains("The meeting is announced.", "Registration is open.");
		browser.click("Close registration");
		assertThat(browser.text()).contains("Registration is closed.", "Open registration again");
		browser.click("Back to the meetings you organise");
		assertThat(browser.text()).contains("Webinar of " + cityName, "0 of 50 places taken, 0 waiting");
		browser.click("Webinar of " + cityName).click("Open the public page of the meeting");
		assertThat(browser.text()).contains("Webinar", "10:00 to 11:00 (Europe/Brussels)",
				"https://meet.example.org/" + cityName.toLowerCase(), cityName,
				"Registration for this meeting is closed.");
	}

	@ParameterizedTest
	@EnumSource(Width.class)
	void someoneOfThePublicRegistersByEmailConfirmsFromTheMailAndCancels(Width width) {
		String title = width == Width.DESKTOP ? "Open webinar Leuven" : "Open webinar Zwolle";
		String email = "visitor-" + width.name().toLowerCase() + "@public.example";
		String link = "https://meet.example.org/open-" + width.name().toLowerCase();
		LocalDate day = LocalDate.now(clock).plusDays(30);
		if (meetings.of(null).stream().noneMatch(e -> e.getTitle().equals(title))) {
			meetings.announce(null, "Secretariat", new EventDetails(EventKind.WEBINAR, title,
					"What works in recovery cafés, open to all.", day, java.time.LocalTime.of(19, 0), day,
					java.time.LocalTime.of(20, 0), MeetingFixtures.BRUSSELS, true, link, null, null, null, "en", 20));
		}
		String base = "http://localhost:" + port;

		browser.at(width).open(base + "/");
		browser.driver().manage().deleteAllCookies(); // whoever an earlier journey signed in is gone
		browser.clickInNavigation("Recovery calendar").click("Meetings, webinars and study visits of the network")
			.click(title);
		assertThat(browser.text()).contains(title, "Online: link sent to registrants", "Register by email")
			.doesNotContain(link);
		browser.click("Register by email");
		assertThat(browser.text()).contains("There is a problem", "Enter your name or a pseudonym");
		browser.type("name", "Mo").type("email", email).click("Register by email");
		assertThat(browser.text()).contains("Check your mail", "20 of 20 places left");

		browser.openFromMail(mailLink(email, MeetingRequests.CONFIRM, "/confirm/"));
		assertThat(browser.text()).contains("Confirm your registration", title);
		browser.click("Confirm my registration");
		assertThat(browser.text()).contains("You are registered for this meeting.", "19 of 20 places left")
			.doesNotContain(link);
		String confirmation = mailText(email, MeetingMail.REGISTERED);
		assertThat(confirmation).contains("You are registered for " + title, "Where: " + link, ".ics");

		browser.openFromMail(mailLink(email, MeetingMail.REGISTERED, "/registration/"));
		assertThat(browser.text()).contains("Your registration", title, "You are registered: a place is kept for you.");
		browser.click("Cancel my registration");
		assertThat(browser.text()).contains("Your registration is cancelled.", "20 of 20 places left");
	}

	@Autowired
	NetworkMeetings meetings;

	private String mailText(String to, String template) {
		return outbox.findAllByRecipientOrderByCreatedAtDesc(to).stream()
			.filter(m -> m.getTemplate().equals(template)).findFirst().orElseThrow().getTextBody();
	}

	/** The link of the latest such mail to this address whose path holds {@code part}. */
	private String mailLink(String to, String template, String part) {
		java.util.regex.Matcher found = java.util.regex.Pattern
			.compile("http://localhost:" + port + "/meetings/[0-9a-f]{24}" + part + "[A-Za-z0-9_-]+(?=\\s)")
			.matcher(mailText(to, template));
		assertThat(found.find()).as("a link with " + part).isTrue();
		return found.group();
	}

}
