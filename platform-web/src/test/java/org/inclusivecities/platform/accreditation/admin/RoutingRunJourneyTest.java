package org.inclusivecities.platform.accreditation.admin;

import java.time.Duration;

import org.inclusivecities.platform.accreditation.AccreditationNetwork;
import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat starts routing with a solver that keeps searching, sees its progress, cancels it, and the page's
 * script (under the site's Content-Security-Policy) brings up the outcome by itself once the solver stopped: the best
 * proposal found so far, cancelled, no bound known. At desktop width and at 390 px.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "platform.review.routing-grace=PT0S")
@Import({ AccreditationNetwork.Setup.class, RoutingRunPagesIntegrationTest.Gate.class })
class RoutingRunJourneyTest {

	static final String PASSWORD = "a long enough passphrase 42";

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	AccreditationNetwork network;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	RoutingRunPagesIntegrationTest.GatedEngine engine;

	@BeforeEach
	void gate() {
		engine.reset();
	}

	@ParameterizedTest
	@EnumSource(Width.class)
	void theSecretariatFollowsAndCancelsARoutingRun(Width width) {
		String prefix = width == Width.DESKTOP ? "Wide" : "Narrow";
		SecretariatFixture seed = new SecretariatFixture(network);
		Person secretariat = seed.secretariat(prefix + " Run Secretariat");
		secretariat.changePassword(passwords.encode(PASSWORD));
		people.save(secretariat);
		seed.reviewersInFourCities(prefix + " Runner", prefix + " Run");
		City asking = seed.city(prefix + " Runham");
		seed.request(asking, seed.person(prefix + " Run Admin", asking, Role.CITY_ADMIN));

		browser.at(width);
		browser.signIn("http://localhost:" + port, secretariat.getEmail(), PASSWORD);
		browser.clickInNavigation("Secretariat");
		browser.click("Accreditation requests");
		browser.click("Propose reviewers");
		assertThat(browser.text()).contains("Routing reviewers", "Routing is running");
		// the script follows the run: the step the solver reports appears without a click
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until(d -> browser.text().contains("Step 2: lowering the total cost"));
		browser.assertAccessible();

		browser.click("Cancel routing");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until(d -> browser.text().contains("Routing outcome"));
		browser.assertAccessible();
		assertThat(browser.text()).contains("Cancelled", "The proposals shown are the best found until then",
				"No bound on the best possible cost is known", "Proposed reviewers for " + prefix + " Runham");
	}

}
