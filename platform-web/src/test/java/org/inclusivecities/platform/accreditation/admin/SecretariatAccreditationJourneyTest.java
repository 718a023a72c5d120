package org.inclusivecities.platform.accreditation.admin;

import java.util.List;

import org.inclusivecities.platform.accreditation.AccreditationNetwork;
import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.ReviewerPoolService;
import org.inclusivecities.platform.pool.TieKind;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.request.ReviewerSeat;
import org.inclusivecities.platform.request.Reviews;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat in the browser: overview, routing proposal (with a request that cannot be staffed), a refused
 * swap, confirming, the decision form with its errors, the decision with its certificate link, in English and
 * Dutch. axe-core scans every page.
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

	@Test
	void secretariatProposesSwapsConfirmsAndDecides() {
		SecretariatFixture seed = new SecretariatFixture(network);
		Person secretariat = seed.secretariat("Sam Secretariat");
		secretariat.changePassword(passwords.encode("a long enough passphrase 42"));
		people.save(secretariat);
		City city = seed.city("Journeyham");
		City blocked = seed.city("Tiedbury");
		Person ownReviewer = seed.reviewer("Own Reviewer", city);
		for (String name : List.of("Northville", "Southville", "Eastville")) {
			City reviewerCity = seed.city(name);
			seed.reviewer("Reviewer of " + name, reviewerCity);
			pool.declareTie(blocked.getId(), reviewerCity.getId(), TieKind.TWINNING, "test");
		}
		pool.declareTie(blocked.getId(), city.getId(), TieKind.TWINNING, "test");
		String id = seed.request(city, seed.person("Journey Admin", city, Role.CITY_ADMIN));
		seed.request(blocked, seed.person("Tiedbury Admin", blocked, Role.CITY_ADMIN));
		String base = "http://localhost:" + port;

		browser.signIn(base, secretariat.getEmail(), "a long enough passphrase 42");
		browser.clickInNavigation("Secretariat");
		assertThat(browser.text()).contains("To do 2 requests are waiting for reviewers");
		browser.click("2 requests are waiting for reviewers");
		assertThat(browser.text()).contains("Waiting for reviewers (2)", "Journeyham", "Tiedbury");

		browser.click("Propose reviewers");
		assertThat(browser.text()).contains("Routing outcome", "Optimal", "Proposed reviewers for Journeyham",
				"Shares a language with the request", "Requests that could not be staffed", "Blocked mainly by:");

		browser.click("Open the request of Journeyham to swap reviewers");
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
		browser.click("Journeyham");
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

}
