package org.inclusivecities.platform.plan.web;

import java.time.Clock;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council member fills an empty plan until the charter checklist is complete, adds an indicator with three
 * measurements (one imported from CSV) and proposes publication; the city admin finds the proposal waiting on their
 * home page, follows it and publishes; the council member sees the chart and the table. axe-core scans every page.
 * On a desktop and at 390 px, each width with its own city and people.
 */
@SharesContext
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlanJourneyTest {

	@Autowired
	Clock clock;

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

	@ParameterizedTest
	@EnumSource(Width.class)
	void councilMemberTakesThePlanFromEmptyToPublished(Width width) throws Exception {
		String name = width == Width.DESKTOP ? "Journeyville" : "Journeyhaven";
		City city = cities.save(City.apply(new CityProfile(name, "BE", null, 90_000L, List.of("nl"), null, null),
				clock.instant()));
		String council = "council@" + city.getSlug() + ".example";
		String adminEmail = "admin@" + city.getSlug() + ".example";
		Person member = Person.create(council, "Chris Council", Language.EN, clock.instant());
		member.grant(city.getId(), Set.of(Role.COUNCIL_MEMBER), clock.instant(), "test");
		member.changePassword(passwords.encode("a long enough passphrase 42"));
		people.save(member);
		Person admin = Person.create(adminEmail, "Alex Admin", Language.EN, clock.instant());
		admin.grant(city.getId(), Set.of(Role.CITY_ADMIN), clock.instant(), "test");
		admin.changePassword(passwords.encode("a long enough passphrase 42"));
		people.save(admin);
		String base = "http://localhost:" + port;
		LocalDate soon = LocalDate.now(clock).plusMonths(1);

		browser.at(width).signIn(base, council, "a long enough passphrase 42");

		browser.clickInNavigation("My workspace").click(name).click("Action plan");
		assertThat(browser.text()).contains("0 of 7 requirements met");

		browser.click("Council");
		steps.addMember("Ann Peeters", "PERSON_IN_RECOVERY");
		assertThat(browser.text()).contains("Council saved.");
		steps.addMember("Bart Claes", "POLICY_MAKER");
		steps.addMember("Dina Maes", "EMPLOYER");

		browser.click("Back to the action plan").click("Mission and vision");
		browser.type("mission", "No one walks the recovery path alone in " + name + ".");
		browser.click("Save");

		browser.click("Back to the action plan").click("Baseline (startfoto)");
		steps.select("practiceSector", "EMPLOYMENT");
		browser.type("existing", "Job coaching by the public employment service").type("gaps", "No employer network");
		browser.click("Add sector");
		browser.type("organisation", "Public employment service");
		steps.select("influence", "HIGH");
		steps.select("interest", "MEDIUM");
		steps.select("engagement", "INVOLVE");
		browser.click("Add stakeholder");

		browser.click("Back to the action plan").click("Activities");
		steps.addActivity("Recovery walk", "RECOVERY_WALK", soon);
		steps.addActivity("Recovery café", "RECOVERY_CAFE", soon.plusMonths(3));

		browser.click("Back to the action plan").click("Kick-off session");
		browser.type("date", soon.minusDays(7).toString()).type("stakeholdersInvited", "City, treatment centres, employers");
		browser.click("Save");

		browser.click("Back to the action plan").click("Communication plan");
		browser.type("audience", "General public").type("message", "Recovery is possible").type("channel", "Local radio");
		browser.click("Add to the communication plan");

		browser.click("Back to the action plan").click("Indicators and measurements");
		browser.type("name", "Visitors at recovery events").type("unit", "people").type("baselineValue", "40")
			.type("baselineDate", LocalDate.now(clock).minusMonths(2).toString());
		steps.select("frequency", "PER_ACTIVITY");
		browser.find(By.id("aim-CELEBRATE_RECOVERY")).click();
		browser.click("Add indicator");
		addMeasurement(LocalDate.now(clock).minusMonths(1), "55");
		addMeasurement(LocalDate.now(clock).minusDays(10), "70");

		String id = indicators.list(city.getId()).getFirst().getId();
		Path csv = Files.createTempFile("measurements", ".csv");
		Files.writeString(csv, "indicator_id,date,value,source\n" + id + "," + LocalDate.now(clock).minusDays(2) + ",85,head count\n",
				StandardCharsets.UTF_8);
		browser.click("Back to indicators");
		browser.find(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
		browser.click("Import measurements");
		assertThat(browser.text()).contains("Check what the import will change", "1 new");
		browser.click("Confirm the import");
		assertThat(browser.text()).contains("Import done: 1 new and 0 changed measurements saved");

		browser.click("Back to the action plan");
		assertThat(browser.text()).contains("Your plan meets every requirement of the charter.");
		// publishing is the city admin's decision: the council member proposes it
		assertThat(browser.text()).doesNotContain("Publish the plan");
		browser.click("Propose publication to the city administrators");
		assertThat(browser.text()).contains("Your proposal to publish the plan has been sent to the city administrators.",
				"Chris Council proposed publishing this draft on");

		browser.signIn(base, adminEmail, "a long enough passphrase 42");
		browser.clickInNavigation("My workspace");
		browser.click("Publish the action plan of " + name + " or decline: Chris Council proposed it");
		browser.click("Publish the plan");
		assertThat(browser.text()).contains("Plan published as v1.").doesNotContain("proposed publishing this draft");

		browser.signIn(base, council, "a long enough passphrase 42");
		browser.clickInNavigation("My workspace").click(name).click("Action plan");

		browser.click("Indicators and measurements").click("Visitors at recovery events");
		assertThat(browser.find(By.id("measurements")).findElements(By.cssSelector("tbody tr:not(.ic-reference-row)"))).hasSize(3);
		Object drawn = ((JavascriptExecutor) browser.driver())
			.executeScript("return typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('indicator-chart')) !== undefined;");
		assertThat(drawn).isEqualTo(true);
		browser.click("Back to indicators").click("Back to the action plan").click("Published versions and what changed");
		assertThat(browser.text()).contains("v1", "Alex Admin");
		browser.click("v1");
		assertThat(browser.text()).contains("No one walks the recovery path alone in " + name + ".");
		browser.click("Back to published versions").click("Back to the action plan").click("Indicators and measurements")
			.click("Visitors at recovery events").click("Change the definition");
		browser.click("Back to the indicator").click("Back to indicators").click("Back to the action plan").click("Yearly monitoring reports");
		browser.click("Monitoring report " + LocalDate.now(clock).getYear());
		browser.type("title", "Recovery walk").type("date", LocalDate.now(clock).withDayOfYear(1).toString()).type("attendance", "-1");
		browser.click("Add activity held");
		assertThat(browser.text()).contains("There is a problem", "Enter a number of zero or more");
	}

	private void addMeasurement(LocalDate date, String value) {
		browser.type("date", date.toString()).type("value", value).type("source", "Head count");
		browser.click("Add measurement");
		assertThat(browser.text()).contains("Measurement added.");
	}

}
