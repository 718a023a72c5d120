package org.inclusivecities.platform.accreditation.admin;

import java.time.Clock;

import java.time.LocalDate;
import java.util.List;

import org.inclusivecities.platform.accreditation.AccreditationNetwork;
import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.request.Decision;
import org.inclusivecities.platform.request.Decisions;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the decision, in the browser: the secretariat marks a condition met (with the missing-note error first),
 * the city sees its conditions' state and appeals once with a reason (with the missing-reason error first), and
 * the secretariat sees the appeal. axe-core scans every page. On a desktop and at 390 px, each width with its own
 * cities and people.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(AccreditationNetwork.Setup.class)
class AftercareJourneyTest {

	@Autowired
	Clock clock;

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
	Decisions decisions;

	@Autowired
	RequestsInReview requests;

	@ParameterizedTest
	@EnumSource(Width.class)
	void secretariatMarksAConditionMetAndTheCityAppealsOnce(Width width) {
		String suffix = SecretariatFixture.suffix(width);
		SecretariatFixture seed = SecretariatFixture.at(network, width);
		Person secretariat = withPassword(seed.secretariat("Sid Secretariat" + suffix));
		String name = "Aftercare City" + suffix;
		City city = seed.city(name);
		Person admin = withPassword(seed.person("Aftercare Admin" + suffix, city, Role.CITY_ADMIN));
		for (String reviewerCity : List.of("Fromton", "Gromton", "Hromton")) {
			seed.reviewer("Reviewer of " + reviewerCity + suffix, seed.city(reviewerCity + suffix));
		}
		String appeal = "Our monitoring report on " + name + " was in the annex";
		String id = seed.request(city, admin);
		seed.routedAndReviewed(secretariat, id, Recommendation.ACCREDIT_WITH_CONDITIONS);
		LocalDate due = LocalDate.now(clock).plusMonths(6);
		decisions.decide(secretariat.getId(), id, Recommendation.ACCREDIT_WITH_CONDITIONS, "Good plan, thin monitoring",
				List.of(new Decision.Condition("Publish the baseline", due),
						new Decision.Condition("Train the front desk", due)));
		String base = "http://localhost:" + port;

		browser.at(width);
		signIn(base, secretariat);
		browser.clickInNavigation("Secretariat").click("Accreditation requests").click(name);
		assertThat(browser.text()).contains("Publish the baseline", "Open");
		browser.click("Mark met: Publish the baseline");
		assertThat(browser.text()).contains("There is a problem", "Say how the condition was met");
		browser.type("note-c1", "Baseline published on the city website");
		browser.click("Mark met: Publish the baseline");
		assertThat(browser.text()).contains("The condition is recorded as met.",
				"Baseline published on the city website", "Condition met");

		signIn(base, admin);
		browser.clickInNavigation("My workspace").click(name).click("Accreditation");
		assertThat(browser.text()).contains("Conditions", "Met", "Train the front desk", "Open");
		browser.click("Appeal this decision");
		browser.click("Send the appeal");
		assertThat(browser.text()).contains("There is a problem", "Explain why the decision should be reviewed again");
		browser.type("reason", appeal);
		browser.click("Send the appeal");
		assertThat(browser.text()).contains("Your appeal has been sent.", "You appealed this decision.");
		assertThat(requests.byId(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.AWAITING_REVIEWERS);
		browser.click("Nederlands");
		assertThat(browser.text()).contains("Voorwaarden", "Vervuld", "U hebt beroep aangetekend");

		signIn(base, secretariat);
		browser.clickInNavigation("Secretariat").click("Accreditation requests");
		assertThat(browser.text()).contains("Appeal: " + appeal);
		browser.click(name);
		assertThat(browser.find(By.id("appeal")).getText()).contains(appeal, admin.getDisplayName());
	}

	private Person withPassword(Person person) {
		person.changePassword(passwords.encode(PASSWORD));
		return people.save(person);
	}

	private void signIn(String base, Person person) {
		browser.signIn(base, person.getEmail(), PASSWORD);
	}

}
