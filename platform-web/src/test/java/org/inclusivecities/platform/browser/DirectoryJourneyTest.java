package org.inclusivecities.platform.browser;

import java.time.Duration;
import java.util.List;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.directory.DirectoryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.inclusivecities.platform.testing.PlatformIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor finds cities in the directory (search, filter, next page, map) and reads a profile, in English
 * and Dutch; every page is axe-core clean. The machine has no internet, so map tiles never load: the list
 * must work regardless.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DirectoryJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Cities cities;

	@BeforeEach
	void seed() {
		DirectoryFixtures.seed(cities);
	}

	@Test
	void findACityFilterPageAndReadItsProfileInEnglish() {
		String base = "http://localhost:" + port;
		browser.open(base + "/?lang=en").clickInNavigation("Member cities");
		assertThat(browser.text()).contains("Member cities", "25 cities match");
		assertThat(browser.find(By.id("directory-map")).getAttribute("aria-label")).isEqualTo("Map of the cities that match");
		assertThat(names()).hasSize(20).doesNotContainAnyElementsOf(List.of("Applytown", "Declinedville", "Leftbury"));

		browser.type("q", "lodz").click("Apply filters");
		assertThat(names()).containsExactly("Łódź");

		browser.type("q", "");
		new Select(browser.find(By.id("country"))).selectByVisibleText("Belgium");
		new Select(browser.find(By.id("status"))).selectByVisibleText("Membership suspended");
		browser.click("Apply filters");
		assertThat(names()).containsExactly("Antwerpen");
		assertThat(browser.text()).contains("1 city matches");

		browser.click("Clear filters");
		new Select(browser.find(By.id("milestone"))).selectByVisibleText("Action plan published");
		browser.click("Apply filters");
		assertThat(names()).as("no fixture city has published a plan").isEmpty();

		browser.click("Clear filters").click("Next page");
		assertThat(browser.driver().getCurrentUrl()).endsWith("/cities?page=2");
		assertThat(names()).hasSize(5);

		browser.click("Testdorp 20");
		assertThat(browser.text()).contains("Testdorp 20", "Netherlands", "Member of the network since",
				"has not published its action plan", "Progress on the charter", "0 of 8 milestones reached",
				"Action plan published: Not reached yet");
	}

	@Test
	void theSameJourneyInDutch() {
		String base = "http://localhost:" + port;
		browser.open(base + "/?lang=nl").clickInNavigation("Lidsteden");
		assertThat(browser.text()).contains("Lidsteden", "25 steden gevonden");
		new Select(browser.find(By.id("country"))).selectByVisibleText("België");
		new Select(browser.find(By.id("sort"))).selectByVisibleText("Inwoners (grootste eerst)");
		browser.click("Filters toepassen");
		assertThat(names()).containsExactly("Antwerpen", "Gent", "Sint-Niklaas");
		browser.click("Gent");
		assertThat(browser.text()).contains("België", "Flanders", "Nederlands",
				"Lid van het netwerk sinds", "1 mei 2023");
		browser.jumpTo(base + "/cities/applytown", "an applicant is not listed, so no link leads to its profile");
		assertThat(browser.text()).contains("Pagina niet gevonden");
	}

	@Test
	void theMapShowsEveryMatchingCityWhenScriptsRun() {
		browser.open("http://localhost:" + port + "/?lang=en").clickInNavigation("Member cities");
		new Select(browser.find(By.id("country"))).selectByVisibleText("Belgium");
		browser.click("Apply filters");
		// Sint-Niklaas has no coordinates: two markers for the three cities listed
		assertThat(markers(2)).containsExactlyInAnyOrder("Antwerpen", "Gent");
		assertThat(browser.find(By.id("directory-map")).isDisplayed()).isTrue();
		assertThat(names()).containsExactly("Antwerpen", "Gent", "Sint-Niklaas");
		browser.assertAccessible();

		// the map covers the whole result, not only the 20 cities of the first page of the list
		browser.click("Clear filters");
		assertThat(markers(24)).contains("Berlin", "Testdorp 20").doesNotContain("Sint-Niklaas", "Leftbury");
		assertThat(names()).hasSize(20);
		browser.assertAccessible();
	}

	private static List<String> markers(int expected) {
		By marker = By.cssSelector("#directory-map .leaflet-marker-icon");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until(d -> d.findElements(marker).size() == expected);
		return browser.driver().findElements(marker).stream().map(m -> m.getAttribute("title")).toList();
	}

	private static List<String> names() {
		return browser.driver().findElements(By.cssSelector(".ic-directory__name a")).stream().map(WebElement::getText).toList();
	}

}
