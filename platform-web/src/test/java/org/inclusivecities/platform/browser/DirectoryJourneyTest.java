package org.inclusivecities.platform.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.directory.DirectoryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.inclusivecities.platform.browser.Browser.Width;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.inclusivecities.platform.testing.PlatformIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor finds cities in the directory (search, filter, next page, map) and reads a profile, in English
 * and Dutch; every page is axe-core clean. The machine has no internet: the tests' tiles come from this site (any
 * image does as a tile, see the tests' application.properties), and when the browser cannot fetch them the map goes
 * away and the list is the page.
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

	@ParameterizedTest
	@EnumSource(Width.class)
	void theMapShowsEveryMatchingCityWhenScriptsRunInClustersThatDoNotOverlap(Width width) {
		browser.at(width).open("http://localhost:" + port + "/?lang=en").clickInNavigation("Member cities");
		new Select(browser.find(By.id("country"))).selectByVisibleText("Belgium");
		browser.click("Apply filters");
		// Sint-Niklaas has no coordinates: two pins for the three cities listed
		assertThat(pins(2)).isSubsetOf("Antwerpen", "Gent");
		assertThat(browser.find(By.id("directory-map")).isDisplayed()).isTrue();
		assertThat(names()).containsExactly("Antwerpen", "Gent", "Sint-Niklaas");
		// axe's target-size (at the phone width) finds no pin overlapping another
		browser.assertAccessible();

		// the map covers the whole result, not only the 20 cities of the first page of the list; pins close together
		// are one cluster, a button named by its count
		browser.click("Clear filters");
		assertThat(pins(24)).doesNotContain("Sint-Niklaas", "Leftbury");
		List<WebElement> clusters = browser.driver().findElements(By.cssSelector("#directory-map .ic-map-cluster"));
		assertThat(clusters).isNotEmpty();
		assertThat(clusters.getFirst().getAttribute("textContent")).matches("\\d+Zoom in on \\d+ places");
		assertThat(names()).hasSize(20);
		browser.assertAccessible();
	}

	@Test
	void whenTheTilesCannotLoadTheMapMakesWayForTheList() {
		ChromeDriver chromium = (ChromeDriver) browser.driver();
		chromium.executeCdpCommand("Network.enable", Map.of());
		chromium.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*favicon.svg?tile=*")));
		try {
			theMapMakesWayForTheList("failed", Duration.ofSeconds(10));
		}
		finally {
			chromium.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
		}
	}

	/**
	 * A tile server that hangs: Chromium holds every tile request (the DevTools Fetch domain pauses each and nobody
	 * continues it), so tiles neither load nor fail. After the map's wait ({@code platform.web.map.tile-wait}, 5 s in
	 * the tests) the map makes way for the list as it does when tiles fail.
	 */
	@Test
	void whenTheTileServerDoesNotAnswerTheMapMakesWayForTheListAfterAWhile() {
		ChromeDriver chromium = (ChromeDriver) browser.driver();
		chromium.executeCdpCommand("Fetch.enable",
				Map.of("patterns", List.of(Map.of("urlPattern", "*favicon.svg?tile=*", "requestStage", "Request"))));
		try {
			theMapMakesWayForTheList("unanswered", Duration.ofSeconds(20));
		}
		finally {
			chromium.executeCdpCommand("Fetch.disable", Map.of());
		}
	}

	/** Opens the directory and waits until its map went away for this reason; the list is the page. */
	private void theMapMakesWayForTheList(String reason, Duration atMost) {
		browser.open("http://localhost:" + port + "/?lang=en").clickInNavigation("Member cities");
		new WebDriverWait(browser.driver(), atMost)
			.until(d -> reason.equals(d.findElement(By.id("directory-map")).getAttribute("data-tiles")));
		assertThat(browser.find(By.id("directory-map")).isDisplayed()).isFalse();
		assertThat(names()).hasSize(20);
		browser.assertAccessible();
	}

	/**
	 * Waits until the map holds this many cities, single pins and the counts of clusters together, and returns the
	 * names of the single pins.
	 */
	private static List<String> pins(int expected) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(PINS)).intValue() == expected);
		return browser.driver()
			.findElements(By.cssSelector("#directory-map .leaflet-marker-icon:not(.ic-map-cluster)"))
			.stream()
			.map(m -> m.getAttribute("title"))
			.toList();
	}

	private static final String PINS = """
			const map = document.getElementById('directory-map');
			const single = map.querySelectorAll('.leaflet-marker-icon:not(.ic-map-cluster)').length;
			const clustered = [...map.querySelectorAll('.ic-map-cluster span[aria-hidden]')]
			  .reduce((sum, count) => sum + parseInt(count.textContent, 10), 0);
			return single + clustered;
			""";

	private static List<String> names() {
		return browser.driver().findElements(By.cssSelector(".ic-directory__name a")).stream().map(WebElement::getText).toList();
	}

}
