package org.inclusivecities.platform.browser;

import java.util.List;

import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long checkbox list (the thirty-odd languages of the join form) gets a field that narrows it as one types: letters
 * without case or accents, ticked boxes kept in view, a status saying how many are shown; Enter does not send the form.
 */
@SharesContext
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LongListsJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@ParameterizedTest
	@EnumSource(Width.class)
	void theJoinFormsLanguagesNarrowAsOneTypes(Width width) {
		browser.at(width).open("http://localhost:" + port + "/?lang=en").clickInNavigation("Join the network");
		int all = shown().size();
		assertThat(all).isGreaterThan(20);
		browser.find(By.id("languages-en")).click();

		WebElement filter = browser.find(By.cssSelector("fieldset[data-ic-filter] input[type='search']"));
		assertThat(browser.find(By.cssSelector("label[for='" + filter.getAttribute("id") + "']")).getText())
			.isEqualTo("Find in the list");
		filter.sendKeys("DUT");
		assertThat(shown()).containsExactlyInAnyOrder("Dutch", "English");
		assertThat(browser.find(By.id(filter.getAttribute("aria-describedby"))).getText()).isEqualTo("2 of " + all + " shown");
		filter.sendKeys(Keys.ENTER);
		assertThat(browser.driver().getCurrentUrl()).as("Enter narrows, it does not send the form").endsWith("/join");

		filter.clear();
		filter.sendKeys("Català");
		assertThat(shown()).as("letters compared without accents").containsExactlyInAnyOrder("Catalan", "English");
		filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		assertThat(shown()).hasSize(all);
		browser.assertAccessible();
	}

	private static List<String> shown() {
		return browser.driver()
			.findElements(By.cssSelector("fieldset[data-ic-filter] .govuk-checkboxes__item"))
			.stream()
			.filter(WebElement::isDisplayed)
			.map(WebElement::getText)
			.toList();
	}

}
