package org.inclusivecities.platform.browser;

import java.time.Clock;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.inclusivecities.platform.plan.CouncilConsents;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.events.CalendarFixtures;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.PlanPublisher;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.inclusivecities.platform.browser.Browser.Width;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor browses the recovery calendar (filter, map, list, a bad month) and reads the plan of a city on its
 * profile, in English and Dutch, on a desktop and at 390 px; every page is axe-core clean. No internet: map tiles
 * never load. The journeys only read, so both widths read the same calendar.
 */
@SharesContext
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EventsJourneyTest {

	@Autowired
	Clock clock;

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Cities cities;

	@Autowired
	ActionPlanService plans;

	@Autowired
	PlanPublisher publisher;

	@Autowired
	IndicatorService indicators;

	@Autowired
	CouncilConsents consents;

	@BeforeEach
	void seed() {
		if (!cities.existsBySlug("eventstad")) {
			CalendarFixtures.seed(cities, plans, publisher, indicators, consents, LocalDate.now(clock));
		}
	}

	@ParameterizedTest
	@EnumSource(Width.class)
	void filterTheCalendarSeeTheMapAndReadTheCityPlanInEnglish(Width width) {
		String base = "http://localhost:" + port;
		browser.at(width).open(base + "/?lang=en").clickInNavigation("Recovery calendar");
		assertThat(browser.text()).contains("Recovery calendar", "3 events", "Bike ride of Tweedestad")
			.doesNotContain("Closed council meeting", "Draft only games", "Applicant walk");
		new Select(browser.find(By.id("type"))).selectByVisibleText("Recovery walk");
		browser.click("Apply filters");
		assertThat(browser.text()).contains("1 event").doesNotContain("Bike ride of Tweedestad");
		// the map appears over the same result set once the API answered (progressive enhancement)
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until(d -> d.findElement(By.id("directory-map")).isDisplayed());
		assertThat(browser.find(By.id("directory-map")).getAttribute("aria-label"))
			.isEqualTo("Map of the events in the list");
		browser.assertAccessible();

		browser.click(CalendarFixtures.WALK);
		assertThat(browser.text()).as("the activity's own page").contains(CalendarFixtures.WALK,
				"Dam square, Amsterdam, Eventstad", "Make recovery visible",
				"Add this activity to your calendar (iCalendar)");
		browser.click("Back to Eventstad");
		assertThat(browser.text()).contains("Eventstad", "Action plan (v1)", "Published mission of Eventstad",
				"Anna Consenting", "Scientist", "Measurements of Walk participants")
			.doesNotContain("Bert Private", "Draft mission not for the public");
		assertThat(browser.find(By.id("profile-indicator-0-chart")).isDisplayed()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(Width.class)
	void theCalendarAndProfileInDutchExplainABadMonth(Width width) {
		String base = "http://localhost:" + port;
		browser.at(width).open(base + "/?lang=nl").clickInNavigation("Herstelkalender");
		assertThat(browser.text()).contains("Herstelkalender", "3 activiteiten");
		browser.type("month", "13").click("Filters toepassen");
		assertThat(browser.text()).contains("Er is een probleem", "Vul een maand in als jaar en maand", "3 activiteiten");
		new Select(browser.find(By.id("city"))).selectByVisibleText("Tweedestad");
		browser.type("month", "").click("Filters toepassen");
		assertThat(browser.text()).contains("1 activiteit", "Bike ride of Tweedestad").doesNotContain("Er is een probleem");
		browser.clickInNavigation("Lidsteden").click("Eventstad");
		assertThat(browser.text()).contains("Actieplan (v1)", "Missie en visie", "Komende publieke activiteiten",
				"Metingen");
	}

}
