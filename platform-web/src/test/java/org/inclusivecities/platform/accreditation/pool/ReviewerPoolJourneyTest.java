package org.inclusivecities.platform.accreditation.pool;

import java.time.Clock;

import java.time.LocalDate;
import java.util.Set;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.join.Fixtures;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.ReviewerNomination;
import org.inclusivecities.platform.pool.ReviewerPoolService;
import org.inclusivecities.platform.pool.ReviewerProfile;
import org.inclusivecities.platform.pool.TieKind;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city admin nominates a reviewer (after a form error), adds an unavailable period and declares a tie; then, as
 * a nominated reviewer too, declares a conflict of their own. axe-core scans every page on the way. On a desktop
 * and at 390 px, each width with its own cities and people.
 */
@SharesContext
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReviewerPoolJourneyTest {

	@Autowired
	Clock clock;

	private static final String PASSWORD = "a long enough passphrase 42";

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
	ReviewerPoolService pool;

	@ParameterizedTest
	@EnumSource(Width.class)
	void aCityAdminBuildsTheCitysReviewerPool(Width width) {
		String suffix = width == Width.DESKTOP ? "" : " 390";
		Fixtures fixtures = new Fixtures(cities, people, passwords);
		City gent = fixtures.memberCity("Gent" + suffix, "BE");
		City lille = fixtures.memberCity("Lille" + suffix, "FR");
		String alex = "alex.admin" + suffix.strip();
		String ritaName = "rita.reviewer" + suffix.strip();
		Person admin = fixtures.person(alex + "@" + gent.getSlug() + ".example", PASSWORD, gent, Role.CITY_ADMIN,
				Role.REVIEWER);
		Person rita = fixtures.person(ritaName + "@" + gent.getSlug() + ".example", null, gent, Role.REVIEWER);
		pool.nominate(gent.getId(), admin.getId(), new ReviewerProfile(Set.of("nl"), Set.of(), 1), admin.getId());
		String base = "http://localhost:" + port;
		LocalDate from = LocalDate.now(clock).plusMonths(2);

		browser.at(width).signIn(base, admin.getEmail(), PASSWORD);

		browser.clickInNavigation("My workspace").click(gent.getName()).click("Reviewers for peer accreditation");
		assertThat(browser.text()).contains("Reviewers", alex, "Ties with other cities",
				"Your city has not declared any ties.");
		browser.click("Nominate a reviewer");
		new Select(browser.find(By.id("personId"))).selectByVisibleText(ritaName);
		browser.find(By.cssSelector("label[for='activityTypes-recovery-cafe']")).click();
		browser.type("maxConcurrentReviews", "11").click("Nominate");
		assertThat(browser.text()).contains("There is a problem", "The maximum must be a whole number from 1 to 10");
		assertThat(pool.nominationsOf(gent.getId())).hasSize(1);
		browser.type("maxConcurrentReviews", "2").click("Nominate");
		assertThat(browser.text()).contains(ritaName + " is nominated as a reviewer.", "Recovery café", "English");

		browser.type("from", from.plusDays(5).toString()).type("to", from.toString()).click("Add the period");
		assertThat(browser.text()).contains("There is a problem", "The last day must be the same as or after the first day");
		browser.type("from", from.toString()).type("to", from.plusDays(5).toString()).click("Add the period");
		assertThat(browser.text()).contains("The period is added.");
		ReviewerNomination ritas = pool.nominationsOf(gent.getId())
			.stream()
			.filter(n -> n.getPersonId().equals(rita.getId()))
			.findFirst()
			.orElseThrow();
		assertThat(ritas.getUnavailable()).hasSize(1);
		assertThat(ritas.getMaxConcurrentReviews()).isEqualTo(2);
		assertThat(ritas.getExpertise()).containsExactly("recovery-cafe");

		browser.click("Back to the reviewers");
		browser.click("Declare the tie");
		assertThat(browser.text()).contains("There is a problem", "Choose a city");
		new Select(browser.find(By.id("cityId"))).selectByVisibleText(lille.getName());
		browser.find(By.cssSelector("label[for='kind']")).click();
		browser.click("Declare the tie");
		assertThat(browser.text()).contains("The tie with " + lille.getName() + " is declared.", "Twinned city");
		assertThat(pool.tiesOf(gent.getId())).extracting(t -> t.getOtherCityId() + ":" + t.getKind())
			.containsExactly(lille.getId() + ":" + TieKind.TWINNING);
		// the button names the tie for screen readers; no request is under way, so the tie goes
		browser.click("Remove the tie with " + lille.getName());
		assertThat(browser.text()).contains("The tie is removed.", "Your city has not declared any ties.");
		assertThat(pool.tiesOf(gent.getId())).isEmpty();

		browser.clickInNavigation("My workspace").click(gent.getName()).click("Your conflicts of interest as a reviewer");
		browser.click("Declare the conflict");
		assertThat(browser.text()).contains("There is a problem", "Choose a city", "Choose one of the options");
		new Select(browser.find(By.id("cityId"))).selectByVisibleText(lille.getName());
		browser.find(By.cssSelector("label[for='kind']")).click();
		browser.click("Declare the conflict");
		assertThat(browser.text()).contains("Your conflict with " + lille.getName() + " is declared.",
				lille.getName() + ": I work or worked for this city");

		browser.click("Nederlands");
		assertThat(browser.text()).contains("Uw belangenconflicten", lille.getName() + ": Ik werk of werkte voor deze stad");
	}

}
