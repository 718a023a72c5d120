package org.inclusivecities.platform.browser;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.join.Fixtures;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.inclusivecities.platform.browser.Browser.Width;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import page explains a missing file; a member erases their account and is signed out. On a desktop and at
 * 390 px, each width with its own people and city.
 */
@SharesContext
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DataPortabilityJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder encoder;

	@ParameterizedTest
	@EnumSource(Width.class)
	void importRefusesNoFileAndAMemberErasesTheirAccount(Width width) {
		String base = "http://localhost:" + port;
		String suffix = width == Width.DESKTOP ? "" : "390";
		String secretariat = "secretariat" + suffix + "@portability.example";
		String leaving = "leaving" + suffix + "@portability.example";
		Fixtures fixtures = new Fixtures(cities, people, encoder);
		fixtures.networkAdmin(secretariat, "secretariat portability password");
		fixtures.person(leaving, "leaving portability password", fixtures.memberCity("Haarlem" + suffix, "NL"),
				Role.COUNCIL_MEMBER);

		browser.at(width);
		signIn(base, secretariat, "secretariat portability password");
		browser.clickInNavigation("Secretariat");
		browser.click("Import a city from another installation");
		browser.click("Import city");
		assertThat(browser.text()).contains("There is a problem").contains("Choose a city export file in JSON format");
		browser.clickInNavigation("Sign out");

		signIn(base, leaving, "leaving portability password");
		browser.clickInNavigation("My workspace");
		browser.click("Erase my account and data");
		assertThat(browser.text()).contains("This cannot be undone.");
		browser.find(By.cssSelector("main form button[type=submit]")).click();
		browser.assertAccessible();
		assertThat(browser.text()).doesNotContain("Sign out");
		// at 390 px the navigation is folded away: its text, hidden or not, has no "Sign out" either
		assertThat(browser.navigationText()).doesNotContain("Sign out");
		assertThat(people.findByEmail(leaving)).isEmpty();
	}

	private void signIn(String base, String email, String password) {
		browser.signIn(base, email, password);
	}

}
