package org.inclusivecities.platform.accreditation.admin;

import java.time.LocalDate;
import java.util.List;

import org.inclusivecities.platform.accreditation.AccreditationNetwork;
import org.inclusivecities.platform.browser.Browser;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
 * the secretariat sees the appeal. axe-core scans every page.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(AccreditationNetwork.Setup.class)
class AftercareJourneyTest {

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

	@Test
	void secretariatMarksAConditionMetAndTheCityAppealsOnce() {
		SecretariatFixture seed = new SecretariatFixture(network);
		Person secretariat = withPassword(seed.secretariat("Sid Secretariat"));
		City city = seed.city("Aftercare City");
		Person admin = withPassword(seed.person("Aftercare Admin", city, Role.CITY_ADMIN));
		for (String name : List.of("Fromton", "Gromton", "Hromton")) {
			seed.reviewer("Reviewer of " + name, seed.city(name));
		}
		String id = seed.request(city, admin);
		seed.routedAndReviewed(secretariat, id, Recommendation.ACCREDIT_WITH_CONDITIONS);
		LocalDate due = LocalDate.now().plusMonths(6);
		decisions.decide(secretariat.getId(), id, Recommendation.ACCREDIT_WITH_CONDITIONS, "Good plan, thin monitoring",
				List.of(new Decision.Condition("Publish the baseline", due),
						new Decision.Condition("Train the front desk", due)));
		String base = "http://localhost:" + port;

		signIn(base, secretariat);
		browser.clickInNavigation("Secretariat").click("Accreditation requests").click("Aftercare City");
		assertThat(browser.text()).contains("Publish the baseline", "Open");
		browser.click("Mark met: Publish the baseline");
		assertThat(browser.text()).contains("There is a problem", "Say how the condition was met");
		browser.type("note-c1", "Baseline published on the city website");
		browser.click("Mark met: Publish the baseline");
		assertThat(browser.text()).contains("The condition is recorded as met.",
				"Baseline published on the city website", "Condition met");

		signIn(base, admin);
		browser.clickInNavigation("My workspace").click("Aftercare City").click("Accreditation");
		assertThat(browser.text()).contains("Conditions", "Met", "Train the front desk", "Open");
		browser.click("Appeal this decision");
		browser.click("Send the appeal");
		assertThat(browser.text()).contains("There is a problem", "Explain why the decision should be reviewed again");
		browser.type("reason", "Our monitoring report was in the annex");
		browser.click("Send the appeal");
		assertThat(browser.text()).contains("Your appeal has been sent.", "You appealed this decision.");
		assertThat(requests.byId(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.AWAITING_REVIEWERS);
		browser.click("Nederlands");
		assertThat(browser.text()).contains("Voorwaarden", "Vervuld", "U hebt beroep aangetekend");

		signIn(base, secretariat);
		browser.clickInNavigation("Secretariat").click("Accreditation requests");
		assertThat(browser.text()).contains("Appeal: Our monitoring report was in the annex");
		browser.click("Aftercare City");
		assertThat(browser.find(By.id("appeal")).getText()).contains("Our monitoring report was in the annex",
				"Aftercare Admin");
	}

	private Person withPassword(Person person) {
		person.changePassword(passwords.encode(PASSWORD));
		return people.save(person);
	}

	private void signIn(String base, Person person) {
		browser.signIn(base, person.getEmail(), PASSWORD);
	}

}
