package org.inclusivecities.platform.accreditation.reviewer;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reviewer signs in, goes from their workspace to their wishes, sets their load per cycle (a mistake first) and
 * says they want to review an open request, at desktop and phone width; axe-core scans every page.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(ReviewerFixture.Setup.class)
class ReviewerWishesJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	ReviewerFixture fixture;

	@ParameterizedTest
	@EnumSource(Width.class)
	void aReviewerStatesTheirLoadAndWantsToReviewACity(Width width) {
		String prefix = width == Width.DESKTOP ? "wjd" : "wjp";
		fixture.network(prefix);
		String city = prefix + "Wishville";
		String id = fixture.ask(fixture.city(city));
		Person rita = fixture.reviewers.get("Uville");
		browser.at(width);
		browser.signIn("http://localhost:" + port, rita.getEmail(), ReviewerFixture.PASSWORD);

		browser.clickInNavigation("My workspace");
		browser.click("My wishes and load per cycle");
		browser.assertAccessible();
		assertThat(browser.text()).contains("Your wishes and load", city);

		browser.type("minimum", "4").type("maximum", "2");
		browser.click("Save my load");
		browser.assertAccessible();
		assertThat(browser.text()).contains("There is a problem", "The minimum cannot be more than the maximum");
		browser.type("minimum", "1").type("maximum", "2");
		browser.click("Save my load");
		assertThat(browser.text()).contains("Your load per cycle has been saved");

		browser.find(By.cssSelector("label[for='wish-" + id + "']")).click();
		browser.click("Save my wishes");
		browser.assertAccessible();
		assertThat(browser.text()).contains("Your wishes have been saved");
		assertThat(browser.find(By.id("wish-" + id)).isSelected()).isTrue();
		assertThat(browser.find(By.id("minimum")).getAttribute("value")).isEqualTo("1");
	}

}
