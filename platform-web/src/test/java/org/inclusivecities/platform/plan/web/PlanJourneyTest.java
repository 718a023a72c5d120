package org.inclusivecities.platform.plan.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council member fills an empty plan until the charter checklist is complete, adds an indicator with three
 * measurements (one imported from CSV), publishes, and sees the chart and the table. axe-core scans every page.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlanJourneyTest {

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
	IndicatorService indicators;

	@Test
	void councilMemberTakesThePlanFromEmptyToPublished() throws Exception {
		City city = cities.save(City.apply(new CityProfile("Journeyville", "BE", null, 90_000L, List.of("nl"), null, null),
				Instant.now()));
		Person member = Person.create("council@journeyville.example", "Chris Council", Language.EN, Instant.now());
		member.grant(city.getId(), Set.of(Role.COUNCIL_MEMBER), Instant.now(), "test");
		member.changePassword(passwords.encode("a long enough passphrase 42"));
		people.save(member);
		String base = "http://localhost:" + port;
		String plan = base + "/my/cities/" + city.getSlug() + "/plan";
		LocalDate soon = LocalDate.now().plusMonths(1);

		browser.signIn(base, "council@journeyville.example", "a long enough passphrase 42");

		browser.open(plan);
		assertThat(browser.text()).contains("0 of 7 requirements met");

		browser.open(plan + "/council");
		addMember("Ann Peeters", "PERSON_IN_RECOVERY");
		assertThat(browser.text()).contains("Council saved.");
		addMember("Bart Claes", "POLICY_MAKER");
		addMember("Dina Maes", "EMPLOYER");

		browser.open(plan + "/mission");
		browser.type("mission", "No one walks the recovery path alone in Journeyville.");
		browser.click("Save");

		browser.open(plan + "/baseline");
		select("practiceSector", "EMPLOYMENT");
		browser.type("existing", "Job coaching by the public employment service").type("gaps", "No employer network");
		browser.click("Add sector");
		browser.type("organisation", "Public employment service");
		select("influence", "HIGH");
		select("interest", "MEDIUM");
		select("engagement", "INVOLVE");
		browser.click("Add stakeholder");

		browser.open(plan + "/activities");
		addActivity("Recovery walk", "RECOVERY_WALK", soon);
		addActivity("Recovery café", "RECOVERY_CAFE", soon.plusMonths(3));

		browser.open(plan + "/kickoff");
		browser.type("date", soon.minusDays(7).toString()).type("stakeholdersInvited", "City, treatment centres, employers");
		browser.click("Save");

		browser.open(plan + "/communication");
		browser.type("audience", "General public").type("message", "Recovery is possible").type("channel", "Local radio");
		browser.click("Add to the communication plan");

		browser.open(plan + "/indicators");
		browser.type("name", "Visitors at recovery events").type("unit", "people").type("baselineValue", "40")
			.type("baselineDate", LocalDate.now().minusMonths(2).toString());
		select("frequency", "PER_ACTIVITY");
		browser.find(By.id("aim-CELEBRATE_RECOVERY")).click();
		browser.click("Add indicator");
		String indicatorPage = browser.driver().getCurrentUrl();
		addMeasurement(LocalDate.now().minusMonths(1), "55");
		addMeasurement(LocalDate.now().minusDays(10), "70");

		String id = indicators.list(city.getId()).getFirst().getId();
		Path csv = Files.createTempFile("measurements", ".csv");
		Files.writeString(csv, "indicator_id,date,value,source\n" + id + "," + LocalDate.now().minusDays(2) + ",85,head count\n",
				StandardCharsets.UTF_8);
		browser.open(plan + "/indicators");
		browser.find(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
		browser.click("Import measurements");
		assertThat(browser.text()).contains("1 measurements imported.");

		browser.open(plan);
		assertThat(browser.text()).contains("Your plan meets every requirement of the charter.");
		browser.click("Publish the plan");
		assertThat(browser.text()).contains("Plan published as v1.");

		browser.open(indicatorPage);
		assertThat(browser.find(By.id("measurements")).findElements(By.cssSelector("tbody tr"))).hasSize(3);
		Object drawn = ((JavascriptExecutor) browser.driver())
			.executeScript("return typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('indicator-chart')) !== undefined;");
		assertThat(drawn).isEqualTo(true);
		browser.open(plan + "/history");
		assertThat(browser.text()).contains("v1", "Chris Council");
		browser.open(plan + "/history/1");
		assertThat(browser.text()).contains("No one walks the recovery path alone in Journeyville.");
		browser.open(indicatorPage + "/edit");
		browser.open(plan + "/reports");
		browser.open(plan + "/reports/" + LocalDate.now().getYear());
		browser.type("title", "Recovery walk").type("date", LocalDate.now().withDayOfYear(1).toString()).type("attendance", "-1");
		browser.click("Add activity held");
		assertThat(browser.text()).contains("There is a problem", "Enter a number of zero or more");
	}

	private void addMember(String name, String profile) {
		browser.type("name", name).type("organisation", "Journeyville");
		select("profile", profile);
		browser.click("Add member");
	}

	private void addActivity(String title, String type, LocalDate date) {
		browser.type("title", title);
		select("type", type);
		browser.type("startDate", date.toString()).type("place", "Market square");
		browser.find(By.id("aim-CELEBRATE_RECOVERY")).click();
		browser.find(By.id("coDefined")).click();
		browser.click("Add activity");
		assertThat(browser.text()).contains(title);
	}

	private void addMeasurement(LocalDate date, String value) {
		browser.type("date", date.toString()).type("value", value).type("source", "Head count");
		browser.click("Add measurement");
		assertThat(browser.text()).contains("Measurement added.");
	}

	private static void select(String id, String value) {
		new Select(browser.find(By.id(id))).selectByValue(value);
	}

}
