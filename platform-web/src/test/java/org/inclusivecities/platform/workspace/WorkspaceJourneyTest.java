package org.inclusivecities.platform.workspace;

import java.time.Clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.monitoring.Frequency;
import org.inclusivecities.platform.plan.monitoring.IndicatorDefinition;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.plan.web.PlanSteps;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.inclusivecities.platform.practice.PracticeEditing;
import org.inclusivecities.platform.practice.PracticeModeration;
import org.inclusivecities.platform.practice.PracticeTestContent;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Homes that lead, travelled from {@code /} by clicking only, at the desktop and at 390 px: a new city admin follows
 * the workspace's "next step" through every part of the plan until it meets the charter, then reaches the
 * accreditation request and the city's practices; a council member finds the measurement waiting for them, and
 * the secretariat the practice waiting for moderation, from their home pages.
 */
@SharesContext
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WorkspaceJourneyTest {

	@Autowired
	Clock clock;

	private static final String PASSWORD = "a long enough passphrase 42";

	@RegisterExtension
	static Browser browser = new Browser();

	private static final PlanSteps steps = new PlanSteps(browser);

	@LocalServerPort
	int port;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	IndicatorService indicators;

	@Autowired
	PracticeEditing editing;

	@Autowired
	PracticeModeration moderation;

	@ParameterizedTest
	@EnumSource(Width.class)
	void aNewCityAdminIsLedThroughEveryPlanPartToTheAccreditationRequest(Width width) {
		String name = width == Width.DESKTOP ? "Leadville" : "Phoneville";
		City city = city(name);
		String email = person("admin@" + city.getSlug() + ".example", "Alex Admin", city, Role.CITY_ADMIN);
		LocalDate soon = LocalDate.now(clock).plusMonths(1);
		browser.at(width).signIn(base(), email, PASSWORD);

		browser.clickInNavigation("My workspace");
		assertThat(current()).startsWith("My workspace");
		assertThat(browser.text()).contains("Action plan of " + name + ": Council formed");
		browser.click(name);
		assertThat(browser.text()).contains("0 of 7 charter requirements met", "Upcoming activities",
				"Indicators and measurements", "Accreditation", "Members and invitations", "1 member",
				"Reviewers for peer accreditation");

		nextStep("Council formed");
		steps.addMember("Ann Peeters", "PERSON_IN_RECOVERY");
		steps.addMember("Bart Claes", "POLICY_MAKER");
		steps.addMember("Dina Maes", "EMPLOYER");
		home();

		nextStep("Mission written");
		browser.type("mission", "No one walks the recovery path alone in " + name + ".");
		browser.click("Save");
		home();

		nextStep("Activities in the coming 12 months");
		steps.addActivity("Recovery walk", "RECOVERY_WALK", soon);
		steps.addActivity("Recovery café", "RECOVERY_CAFE", soon.plusMonths(3));
		home();
		assertThat(browser.text()).contains("Recovery walk, ", "Recovery café, ");

		nextStep("Kick-off scheduled or held");
		browser.type("date", soon.minusDays(7).toString()).type("stakeholdersInvited", "City, treatment centres");
		browser.click("Save");
		home();

		nextStep("Communication plan");
		browser.type("audience", "General public").type("message", "Recovery is possible").type("channel", "Local radio");
		browser.click("Add to the communication plan");
		home();

		nextStep("Every aim has an indicator with a baseline");
		browser.type("name", "Visitors at recovery events").type("unit", "people").type("baselineValue", "40")
			.type("baselineDate", LocalDate.now(clock).minusMonths(2).toString());
		steps.select("frequency", "PER_ACTIVITY");
		browser.find(By.id("aim-CELEBRATE_RECOVERY")).click();
		browser.click("Add indicator");
		browser.click("Back to indicators");
		home();

		nextStep("Baseline filled in");
		steps.select("practiceSector", "EMPLOYMENT");
		browser.type("existing", "Job coaching by the public employment service").type("gaps", "No employer network");
		browser.click("Add sector");
		browser.type("organisation", "Public employment service");
		steps.select("influence", "HIGH");
		steps.select("interest", "MEDIUM");
		steps.select("engagement", "INVOLVE");
		browser.click("Add stakeholder");
		home();

		assertThat(browser.text()).contains("The plan meets every requirement of the charter.", "7 of 7");
		browser.click("Request accreditation");
		assertThat(browser.find(By.tagName("h1")).getText()).contains("Accreditation");
		assertThat(browser.find(By.id("reviewFrom")).isDisplayed()).isTrue();

		browser.click("Back to the city's workspace");
		browser.click("Our practices");
		assertThat(browser.text()).contains("Write a new practice");
		browser.click("Back to the city's workspace");
		browser.click("Write your city's first practice");
		assertThat(browser.find(By.id("title")).isDisplayed()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(Width.class)
	void aCouncilMemberFindsTheMeasurementWaitingForThemOnTheirHomePage(Width width) {
		String name = width == Width.DESKTOP ? "Measureville" : "Pocketville";
		City city = city(name);
		String email = person("council@" + city.getSlug() + ".example", "Chris Council", city, Role.COUNCIL_MEMBER);
		indicators.define(city.getId(), new IndicatorDefinition("People in work", "people", 12.0,
				LocalDate.now(clock).minusMonths(14), null, null, Frequency.YEARLY, Set.of(Aim.ENGAGE_POLICY_PRACTICE),
				List.of()));
		browser.at(width).signIn(base(), email, PASSWORD);

		assertThat(browser.find(By.id("waiting-count")).getAttribute("textContent")).contains("2", "waiting for you");
		browser.clickInNavigation("My workspace");
		assertThat(browser.text()).contains("Waiting for you: 2 actions", "Measure “People in work” for " + name);
		browser.click("Measure “People in work” for " + name);
		assertThat(browser.find(By.tagName("h1")).getText()).contains("People in work");
		browser.type("date", LocalDate.now(clock).toString()).type("value", "15").type("source", "Employment office");
		browser.click("Add measurement");
		assertThat(browser.text()).contains("Measurement added.");

		browser.clickInNavigation("My workspace");
		assertThat(browser.text()).contains("Waiting for you: 1 action").doesNotContain("Measure “People in work”");
		browser.click(name);
		assertThat(browser.text()).contains("No measurement or report is due.");
	}

	@ParameterizedTest
	@EnumSource(Width.class)
	void theSecretariatFindsThePracticeWaitingForModerationFromItsHome(Width width) {
		City city = city(width == Width.DESKTOP ? "Moderationville" : "Smallmoderation");
		String title = "Recovery choir of " + city.getName();
		String practiceId = editing.create(city.getId(), PracticeTestContent.content(title), "test").getId();
		editing.submit(city.getId(), practiceId);
		Person secretariat = Person.create("secretariat@" + city.getSlug() + ".example", "Sam Secretariat", Language.EN,
				clock.instant());
		secretariat.makeNetworkAdmin();
		secretariat.changePassword(passwords.encode(PASSWORD));
		people.save(secretariat);
		browser.at(width).signIn(base(), secretariat.getEmail(), PASSWORD);
		if (width == Width.DESKTOP) {
			assertTheNavigationFitsOneLineAt1366();
		}

		int waiting = moderation.waiting().size();
		String line = waiting == 1 ? "1 practice is waiting for moderation"
				: waiting + " practices are waiting for moderation";
		browser.clickInNavigation("Secretariat");
		assertThat(current()).isEqualTo("Secretariat");
		assertThat(browser.text()).contains("Applications to join", "Accreditation requests", "Outbox");
		browser.click(line);
		browser.click(title);
		assertThat(browser.text()).contains(title, "Publish");

		browser.clickInNavigation("My workspace");
		assertThat(browser.text()).contains(line, "Secretariat");
	}

	/** A network admin sees the longest navigation; on a 1366 px screen it still is one row. */
	private void assertTheNavigationFitsOneLineAt1366() {
		browser.driver().manage().window().setSize(new Dimension(1366, 900));
		List<WebElement> items = browser.driver().findElements(By.cssSelector("#navigation > li"));
		assertThat(items).hasSizeGreaterThanOrEqualTo(7);
		assertThat(items.stream().map(i -> i.getRect().getY()).distinct()).as("rows of the navigation").hasSize(1);
		browser.at(Width.DESKTOP);
	}

	/** The navigation item marked current (its text also while a phone folds the menu away). */
	private static String current() {
		return browser.find(By.cssSelector("#navigation a[aria-current]")).getAttribute("textContent").strip();
	}

	/** From any plan part page back to the city's workspace home, by its back links. */
	private void home() {
		browser.click("Back to the action plan");
		browser.click("Back to the city's workspace");
	}

	private void nextStep(String step) {
		browser.click("Next step: " + step);
	}

	private City city(String name) {
		return cities.save(City.apply(new CityProfile(name, "BE", null, 90_000L, List.of("nl"), null, null),
				clock.instant()));
	}

	private String person(String email, String displayName, City city, Role role) {
		Person person = Person.create(email, displayName, Language.EN, clock.instant());
		person.grant(city.getId(), Set.of(role), clock.instant(), "test");
		person.changePassword(passwords.encode(PASSWORD));
		people.save(person);
		return email;
	}

	private String base() {
		return "http://localhost:" + port;
	}

}
