package org.inclusivecities.platform.browser;

import java.util.List;
import java.util.Map;

import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service navigation on a phone: folded behind its Menu button from the first paint, so nothing moves when GOV.UK
 * Frontend's script takes over (Lighthouse measured a layout shift of 0.13 when the script folded it after the first
 * paint); and open, with no Menu button, when the scripts fail to load, so the menu is never a button that opens
 * nothing.
 */
@SharesContext
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ServiceNavigationJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void onAPhoneTheNavigationIsFoldedFromTheFirstPaintAndNothingMovesWhenTheScriptRuns() {
		browser.at(Width.PHONE).open("http://localhost:" + port + "/?lang=en");
		for (String page : List.of("Recovery calendar", "Member cities", "Good practices")) {
			browser.clickInNavigation(page);
			assertThat(menu().isDisplayed()).as("the Menu button on %s", page).isTrue();
			assertThat(list().isDisplayed()).as("the folded list on %s", page).isFalse();
			assertThat(layoutShift()).as("layout shift on %s", page).isZero();
		}
		menu().click();
		assertThat(list().isDisplayed()).isTrue();
		assertThat(menu().getAttribute("aria-expanded")).isEqualTo("true");
	}

	@ParameterizedTest
	@ValueSource(strings = { "*/js/platform*.js*", "*govuk-frontend.min*.js*" })
	void onAPhoneWhoseScriptsFailToLoadTheNavigationStaysOpen(String failing) {
		ChromeDriver chromium = (ChromeDriver) browser.driver();
		chromium.executeCdpCommand("Network.enable", Map.of());
		chromium.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of(failing)));
		try {
			browser.at(Width.PHONE);
			// typed, not opened: the page is meant to miss a script, which the journeys' console check refuses
			browser.driver().get("http://localhost:" + port + "/events?lang=en");
			assertThat(list().isDisplayed()).as("the list when %s fails", failing).isTrue();
			assertThat(menu().isDisplayed()).as("a Menu button when %s fails", failing).isFalse();
			assertThat(list().findElement(By.linkText("Member cities")).isDisplayed()).isTrue();
		}
		finally {
			chromium.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
			// the failed script's console message is this test's, not the next page's
			browser.driver().manage().logs().get(LogType.BROWSER);
		}
	}

	private static WebElement menu() {
		return browser.find(By.cssSelector(".govuk-service-navigation__toggle"));
	}

	private static WebElement list() {
		return browser.find(By.id("navigation"));
	}

	/** The page's cumulated layout shift so far, as Chromium's Layout Instability API reports it. */
	private static double layoutShift() {
		// observe() with buffered puts the entries so far in the observer's buffer at once: takeRecords() reads them
		Object shift = ((JavascriptExecutor) browser.driver()).executeScript("""
				const observer = new PerformanceObserver(() => {});
				observer.observe({ type: 'layout-shift', buffered: true });
				const total = observer.takeRecords().filter(e => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0);
				observer.disconnect();
				return total;
				""");
		return ((Number) shift).doubleValue();
	}

}
