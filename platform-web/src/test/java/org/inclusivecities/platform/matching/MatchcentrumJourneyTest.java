package org.inclusivecities.platform.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.mail.TestMailServer;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.PlanPublisher;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.practice.PracticeEditing;
import org.inclusivecities.platform.practice.PracticeModeration;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council member of a city with a published housing gap signs in from the home page, opens the matchcentrum from
 * the workspace, sees the city whose practice covers the gap with the reason, and asks it for a pairing; that city's
 * admin follows the link of the mail (SMTP), signs in, accepts, plans a first transfer step and writes a message; the
 * asker sees it accepted with the step and the message and answers. Desktop and 390 px,
 * axe-core on every page. The network is seeded through the services.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.DEFINED_PORT, properties = "platform.mail.poll-interval=PT0.5S")
class MatchcentrumJourneyTest {

	static final String PASSWORD = "a long enough passphrase 42";

	static final int PORT = freePort();

	static final String BASE = "http://localhost:" + PORT;

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
	Cities cities;

	@Autowired
	People people;

	@Autowired
	ActionPlanService plans;

	@Autowired
	PlanPublisher publisher;

	@Autowired
	PracticeEditing editing;

	@Autowired
	PracticeModeration moderation;

	@Autowired
	PasswordEncoder encoder;

	@ParameterizedTest
	@EnumSource(Width.class)
	void aCityFindsWhoToLearnFromAndTheOtherAccepts(Width width) throws Exception {
		MatchingNetwork network = new MatchingNetwork(cities, people, plans, publisher, editing, moderation, encoder);
		City learner = network.city("Leerdam", "NL", 50_000);
		network.publishGaps(learner, Sector.HOUSING);
		City mentor = network.city("Huisstad", "NL", 60_000);
		network.practice(mentor, "Housing first " + network.run, "Homes first for people in recovery", true,
				Sector.HOUSING);
		Person asker = network.person("Lotte", learner, Role.COUNCIL_MEMBER, PASSWORD);
		Person admin = network.person("Hugo", mentor, Role.CITY_ADMIN, PASSWORD);

		browser.at(width);
		browser.signIn(BASE, asker.getEmail(), PASSWORD);
		browser.clickInNavigation("My workspace").click(learner.getName());
		browser.click("Matchcentrum");
		assertThat(browser.text()).contains("Cities to learn from", mentor.getName(),
				"Covers your gap \u2018Housing\u2019 with the practice \u2018Housing first " + network.run + "\u2019",
				"Same country");
		browser.click("Ask " + mentor.getName() + " for a pairing to learn from them");
		browser.click("Ask for a pairing");
		assertThat(browser.text()).contains("Enter what your city wants to learn or offers");
		browser.type("wish", "How you found the first homes").click("Ask for a pairing");
		assertThat(browser.text()).contains("Your request is sent", "Asked", "How you found the first homes");

		String link = linkIn(TestMailServer.plainText(smtp.awaitMailTo(admin.getEmail())));
		browser.driver().manage().deleteAllCookies();
		browser.openFromMail(link);
		browser.type("username", admin.getEmail()).type("password", PASSWORD);
		browser.find(By.cssSelector("main button[type='submit']")).click();
		browser.assertAccessible();
		assertThat(browser.driver().getCurrentUrl()).startsWith(link);
		assertThat(browser.text()).contains("Pairing with " + learner.getName(), "How you found the first homes",
				"Your city mentors " + learner.getName());
		browser.click("Accept the pairing");
		assertThat(browser.text()).contains("The pairing is accepted", "Transfer plan", "No steps planned yet");
		new Select(browser.find(By.id("phase"))).selectByVisibleText("Understand");
		browser.type("what", "Visit our housing first team").type("dueBy", "2027-02-30").click("Add the step");
		assertThat(browser.text()).contains("Enter a real date");
		browser.type("dueBy", "2027-03-01").click("Add the step");
		assertThat(browser.text()).contains("The step is added", "Visit our housing first team", "1 March 2027");
		browser.type("text", "Welcome! When would you like to visit?").click("Send the message");
		assertThat(browser.text()).contains("Your message is sent", "Welcome! When would you like to visit?");

		browser.signIn(BASE, asker.getEmail(), PASSWORD);
		browser.clickInNavigation("My workspace").click(learner.getName());
		assertThat(browser.text()).contains("Learning from " + mentor.getName());
		browser.click("Learning from " + mentor.getName());
		assertThat(browser.find(By.id("pairing-status")).getText()).isEqualTo("Accepted");
		assertThat(browser.text()).contains("Visit our housing first team", "Welcome! When would you like to visit?");
		browser.type("text", "In March, thank you").click("Send the message");
		assertThat(browser.text()).contains("Your message is sent", "In March, thank you");
		assertThat(TestMailServer.plainText(smtp.awaitMailWithSubject(
				"A message from " + learner.getName() + " about your pairing", admin.getEmail())))
			.contains("In March, thank you");
	}

	private static String linkIn(String body) {
		Matcher matcher = Pattern.compile(Pattern.quote(BASE) + "/my/cities/[a-z0-9-]+/matchcentrum/pairings/[0-9a-f]+")
			.matcher(body);
		assertThat(matcher.find()).as("pairing link in %s", body).isTrue();
		return matcher.group();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
