package org.inclusivecities.platform.accreditation.admin;


import org.inclusivecities.platform.accreditation.AccreditationNetwork;
import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.ReviewerNomination;
import org.inclusivecities.platform.pool.ReviewerPool;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.request.ReviewRouting;
import org.inclusivecities.platform.request.SeatStatus;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat signs in from the home page, clicks its way to the network's reviewer pool, filters it by a
 * reviewer's city, records that this reviewer worked for the city whose request they are proposed for, and follows
 * the flag to the request, where the seat shows it breaks a rule. At desktop width and at 390 px.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(AccreditationNetwork.Setup.class)
class NetworkPoolJourneyTest {

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
	ReviewRouting routing;

	@Autowired
	RequestsInReview requests;

	@Autowired
	ReviewerPool pool;

	@ParameterizedTest
	@EnumSource(Width.class)
	void theSecretariatRecordsAConflictThatFlagsAProposedSeat(Width width) {
		String prefix = width == Width.DESKTOP ? "Wide" : "Narrow";
		SecretariatFixture seed = new SecretariatFixture(network);
		Person secretariat = seed.secretariat(prefix + " Pool Secretariat");
		secretariat.changePassword(passwords.encode(PASSWORD));
		people.save(secretariat);
		City asking = seed.city(prefix + "ford");
		seed.reviewersInFourCities(prefix + " Pooler", prefix);
		String id = seed.request(asking, seed.person(prefix + " Pool Admin", asking, Role.CITY_ADMIN));
		routing.preview(secretariat.getId());
		String seated = requests.byId(id)
			.orElseThrow()
			.currentSeats()
			.stream()
			.filter(s -> s.status() == SeatStatus.PROPOSED)
			.map(s -> s.reviewerId())
			.filter(r -> people.findById(r).orElseThrow().getDisplayName().startsWith(prefix + " Pooler"))
			.findFirst()
			.orElseThrow();
		String name = people.findById(seated).orElseThrow().getDisplayName();
		ReviewerNomination nomination = pool.nominationsOf(seated).getFirst();

		browser.at(width);
		browser.signIn("http://localhost:" + port, secretariat.getEmail(), PASSWORD);
		browser.clickInNavigation("Secretariat");
		browser.click("Accreditation requests");
		browser.click("Reviewer pool of the network: load, conflicts and ties");
		assertThat(browser.text()).contains("Reviewer pool of the network", name);

		new Select(browser.find(By.id("city"))).selectByValue(nomination.getCityId());
		browser.click("Show reviewers");
		assertThat(browser.text()).contains("1 reviewer matches.", name, "1 of 2");

		new Select(browser.find(By.id("nomination"))).selectByValue(nomination.getId());
		new Select(browser.find(By.id("conflictCity"))).selectByValue(asking.getId());
		browser.find(By.cssSelector("label[for='conflictKind']")).click();
		browser.type("reason", "Was its policy adviser until last year");
		browser.click("Record the conflict");
		assertThat(browser.text()).contains("The conflict with " + prefix + "ford is recorded.",
				"break a rule of the review");

		browser.click("The request of " + prefix + "ford");
		assertThat(browser.text()).contains("Breaks a rule", name);
	}

}
