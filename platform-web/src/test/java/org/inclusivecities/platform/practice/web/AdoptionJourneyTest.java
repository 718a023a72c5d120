package org.inclusivecities.platform.practice.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.matching.MatchingNetwork;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city admin signs in from the home page, finds another city's practice in the library and records that the city
 * adopted it, describing the adaptation and linking one of its indicators; from the workspace (Our practices, the
 * practices we adopted) it reports a result back; the public practice page, reached through the library sorted by
 * adoptions, shows the adopter linked to its profile with adaptation, result and the indicator's latest measurement.
 * Then the admin withdraws the adoption (after a confirmation) and it is gone from the page. Desktop and 390 px,
 * axe-core on every page.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AdoptionJourneyTest {

	static final String PASSWORD = "a long enough passphrase 42";

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@ParameterizedTest
	@EnumSource(Width.class)
	void anAdoptionWithItsAdaptationAndResultShowsOnThePracticePageUntilItIsWithdrawn(Width width) {
		AdoptionSeeds seeds = AdoptionSeeds.of(context);
		MatchingNetwork network = seeds.network;
		City author = network.city("Brugge", "BE", 110_000);
		City adopter = network.city("Zwolle", "NL", 120_000);
		network.publishGaps(adopter, Sector.HEALTH);
		String title = "Recovery cafe " + network.run;
		network.practice(author, title, "Neighbours and people in recovery meet every week", true, Sector.HEALTH);
		seeds.indicator(adopter, "Cafe visitors " + width, 24);
		LocalDate measured = seeds.measuredOn();
		Person admin = network.person("Zora", adopter, Role.CITY_ADMIN, PASSWORD);
		String adaptation = "In the district library on Fridays (" + width + ")";
		String result = "Twenty neighbours come each week (" + width + ")";
		LocalDate asOf = measured.plusDays(8);

		browser.at(width);
		browser.signIn("http://localhost:" + port, admin.getEmail(), PASSWORD);
		browser.clickInNavigation("Good practices").type("q", title).click("Search");
		browser.click(title).click("Record that " + adopter.getName() + " adopted this practice");
		browser.click("Record adoption");
		assertThat(browser.text()).contains("There is a problem", "Enter how your city adapted the practice");
		browser.type("adaptation", adaptation);
		new Select(browser.find(By.id("indicatorId"))).selectByVisibleText("Cafe visitors " + width + " (people)");
		browser.click("Record adoption");
		assertThat(browser.text()).contains("Your city's adoption was recorded.", adaptation);

		toTheAdoption(adopter, title);
		browser.type("result", result).type("resultAsOf", asOf.plusDays(5).toString()).click("Report the result");
		assertThat(browser.text()).contains("The day the result holds for cannot be in the future");
		browser.type("resultAsOf", asOf.toString()).click("Report the result");
		assertThat(browser.text()).contains("The result was reported.");

		browser.clickInNavigation("Good practices");
		new Select(browser.find(By.id("sort"))).selectByVisibleText("Most adopted first");
		browser.click("Sort");
		assertThat(browser.text()).contains(title, "Adopted by 1 city");
		browser.click(title);
		assertThat(browser.text()).contains("Adopted by 1 city", adopter.getName(), adaptation, result,
				"Result as of " + DAY.format(asOf), "Indicator: Cafe visitors " + width,
				"24 people on " + DAY.format(measured));
		browser.click(adopter.getName());
		assertThat(browser.text()).contains(adopter.getName());

		toTheAdoption(adopter, title);
		browser.click("Withdraw the adoption");
		assertThat(browser.text()).contains("Withdraw your city's adoption?");
		browser.click("Yes, withdraw the adoption");
		assertThat(browser.text()).contains("The adoption was withdrawn.");

		browser.clickInNavigation("Good practices").type("q", title).click("Search");
		browser.click(title);
		assertThat(browser.text()).contains("Not adopted by other cities yet").doesNotContain(adaptation)
			.doesNotContain(result);
	}

	/** City home, Our practices, the practices we adopted, the one adoption. */
	private void toTheAdoption(City adopter, String title) {
		browser.clickInNavigation("My workspace").click(adopter.getName()).click("Our practices");
		browser.click("Practices we adopted from other cities").click(title);
	}

}
