package org.inclusivecities.platform.accreditation.admin;

import java.time.Duration;
import java.util.List;

import org.inclusivecities.platform.accreditation.AccreditationNetwork;
import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.ReviewerPoolService;
import org.inclusivecities.platform.request.AccreditationService;
import org.inclusivecities.platform.pool.TieKind;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.request.ReviewerSeat;
import org.inclusivecities.platform.request.Reviews;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat in the browser: overview, routing proposal (with a request that cannot be staffed), a refused
 * swap, confirming, the decision form with its errors, the decision with its certificate link, in English and
 * Dutch. axe-core scans every page. On a desktop and at 390 px, each width with its own cities, people and language
 * (Dutch on the desktop, French on the phone), so routing never meets the other width's reviewers or requests; the
 * request that cannot be staffed is withdrawn at the end, so the next width finds only its own two waiting.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(AccreditationNetwork.Setup.class)
class SecretariatAccreditationJourneyTest {

	@Autowired
	AccreditationNetwork network;

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ReviewerPoolService pool;

	@Autowired
	RequestsInReview requests;

	@Autowired
	Reviews reviews;

	@Autowired
	AccreditationService accreditation;

	@ParameterizedTest
	@EnumSource(Width.class)
	void secretariatProposesSwapsConfirmsAndDecides(Width width) {
		String suffix = SecretariatFixture.suffix(width);
		SecretariatFixture seed = SecretariatFixture.at(network, width);
		Person secretariat = seed.secretariat("Sam Secretariat" + suffix);
		secretariat.changePassword(passwords.encode("a long enough passphrase 42"));
		people.save(secretariat);
		String name = "Journeyham" + suffix;
		City city = seed.city(name);
		City blocked = seed.city("Tiedbury" + suffix);
		Person ownReviewer = seed.reviewer("Own Reviewer" + suffix, city);
		for (String reviewerCityName : List.of("Northville", "Southville", "Eastville")) {
			City reviewerCity = seed.city(reviewerCityName + suffix);
			seed.reviewer("Reviewer of " + reviewerCity.getName(), reviewerCity);
			pool.declareTie(blocked.getId(), reviewerCity.getId(), TieKind.TWINNING, "test");
		}
		pool.declareTie(blocked.getId(), city.getId(), TieKind.TWINNING, "test");
		String id = seed.request(city, seed.person("Journey Admin" + suffix, city, Role.CITY_ADMIN));
		Person blockedAdmin = seed.person("Tiedbury Admin" + suffix, blocked, Role.CITY_ADMIN);
		String blockedId = seed.request(blocked, blockedAdmin);
		try {
			browser.at(width);
			journey(secretariat, ownReviewer, name, blocked.getName(), id);
		}
		finally {
			accreditation.withdraw(blocked.getId(), blockedId, blockedAdmin.getId(), "the journey is over");
		}
	}

	private void journey(Person secretariat, Person ownReviewer, String name, String blocked, String id) {
		String base = "http://localhost:" + port;

		browser.signIn(base, secretariat.getEmail(), "a long enough passphrase 42");
		browser.clickInNavigation("Secretariat");
		assertThat(browser.text()).contains("To do 2 requests are waiting for reviewers");
		browser.click("2 requests are waiting for reviewers");
		assertThat(browser.text()).contains("Waiting for reviewers (2)", name, blocked);

		proposeReviewers();
		assertThat(browser.text()).contains("Routing outcome", "Optimal", "Proposed reviewers for " + name,
				"Shares a language with the request", "Requests that could not be staffed", "Blocked mainly by:");

		browser.click("Open the request of " + name + " to swap reviewers");
		String outgoing = requests.byId(id).orElseThrow().currentSeats().getFirst().reviewerId();
		String outgoingName = people.findById(outgoing).orElseThrow().getDisplayName();
		new Select(browser.find(By.id("incoming-" + outgoing))).selectByValue(ownReviewer.getId());
		browser.click("Swap " + outgoingName);
		assertThat(browser.text()).contains("There is a problem",
				"Swap refused: never a reviewer from the requesting city");

		browser.click("Confirm and send invitations");
		assertThat(browser.text()).contains("Invitations sent to 3 reviewers.", "Invited");
		assertThat(requests.byId(id).orElseThrow().getStatus()).isEqualTo(RequestStatus.IN_REVIEW);

		int[] values = { 2, 4, 5 };
		List<ReviewerSeat> seats = requests.byId(id).orElseThrow().currentSeats();
		for (int i = 0; i < seats.size(); i++) {
			reviews.submit(seats.get(i).reviewerId(), id, SecretariatFixture.scores(values[i]), Recommendation.ACCREDIT,
					"Convincing");
		}
		browser.clickInNavigation("Secretariat");
		browser.click("1 request is reviewed and waiting for a decision");
		browser.click(name);
		assertThat(browser.text()).contains("Disagreement: scores differ by 2 or more", "3.7", "Decide on this request");

		browser.click("Record the decision");
		assertThat(browser.text()).contains("There is a problem", "Choose an outcome",
				"Enter the reasons for the decision");

		browser.find(By.id("outcome")).click();
		browser.type("reasons", "The plan meets the charter");
		browser.click("Record the decision");
		assertThat(browser.text()).contains("Decision recorded: the city is accredited.", "View the certificate");
		String code = requests.byId(id).orElseThrow().getDecision().certificateCode();
		assertThat(browser.find(By.id("certificate-link")).getAttribute("href")).endsWith("/accreditations/" + code);

		browser.click("Nederlands");
		assertThat(browser.text()).contains("Accreditatieaanvraag", "Auditspoor", "Besluit genomen");
		browser.jumpTo(base + "/admin/accreditation/no-such-request", "a mistyped address: no link leads to it");
		assertThat(browser.text()).contains("Aanvraag niet gevonden");
	}

	/**
	 * Clicks "Propose reviewers" and waits for the routing outcome: on a busy machine routing outlasts its grace and
	 * the progress page comes first, which loads the outcome itself once the run is over.
	 */
	private void proposeReviewers() {
		browser.click("Propose reviewers");
		WebDriverWait outcome = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
		outcome.pollingEvery(Duration.ofMillis(100)).until(d -> browser.text().contains("Routing outcome"));
		browser.assertAccessible();
	}

}
