package org.inclusivecities.platform.accreditation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.ReviewerPoolService;
import org.inclusivecities.platform.pool.ReviewerProfile;
import org.inclusivecities.platform.request.AccreditationEligibility;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.AccreditationService;
import org.inclusivecities.platform.request.Decision;
import org.inclusivecities.platform.request.Decisions;
import org.inclusivecities.platform.request.ReviewRouting;
import org.inclusivecities.platform.request.ReviewerSeat;
import org.inclusivecities.platform.request.Reviews;
import org.inclusivecities.platform.scoring.Criterion;
import org.inclusivecities.platform.scoring.CriterionScore;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city admin asks for accreditation in the browser (with a form error first), the secretariat and reviewers do
 * their part through the services (their pages do not exist yet), and the admin follows the decision to the public
 * certificate, in English and Dutch. axe-core scans every page.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccreditationJourneyTest {

	@TestConfiguration
	static class Setup {

		/** The plan's readiness has its own journey; here the city's plan counts as ready. */
		@Bean
		@Primary
		AccreditationEligibility everyCityReady() {
			return cityId -> List.of();
		}

	}

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

	@Autowired
	AccreditationService accreditation;

	@Autowired
	ReviewRouting routing;

	@Autowired
	Reviews reviews;

	@Autowired
	Decisions decisions;

	@Test
	void cityAsksForAccreditationAndFollowsTheDecisionToItsPublicCertificate() {
		City city = cities.save(City.apply(new CityProfile("Journeyburg", "BE", null, 60_000L, List.of("nl"), null, null),
				Instant.now()));
		Person admin = Person.create("admin@journeyburg.example", "Alex Admin", Language.EN, Instant.now());
		admin.grant(city.getId(), Set.of(Role.CITY_ADMIN), Instant.now(), "test");
		admin.changePassword(passwords.encode("a long enough passphrase 42"));
		people.save(admin);
		Person secretariat = Person.create("secretariat@journey.example", "Sam Secretariat", Language.EN, Instant.now());
		secretariat.makeNetworkAdmin();
		secretariat = people.save(secretariat);
		for (String reviewerCity : List.of("journey-r1", "journey-r2", "journey-r3")) {
			Person reviewer = Person.create(reviewerCity + "@journey.example", "Reviewer " + reviewerCity, Language.EN,
					Instant.now());
			reviewer.grant(reviewerCity, Set.of(Role.REVIEWER), Instant.now(), "test");
			reviewer = people.save(reviewer);
			pool.nominate(reviewerCity, reviewer.getId(), new ReviewerProfile(Set.of("nl"), Set.of(), 2), "seed");
		}
		String base = "http://localhost:" + port;
		String page = base + "/my/cities/" + city.getSlug() + "/accreditation";
		LocalDate from = LocalDate.now().plusMonths(1);

		browser.open(base + "/login");
		browser.type("username", "admin@journeyburg.example").type("password", "a long enough passphrase 42");
		browser.find(By.cssSelector("main button[type='submit']")).click();
		browser.assertAccessible();

		browser.open(page);
		assertThat(browser.text()).contains("Your city has not asked for accreditation yet.");
		browser.type("reviewTo", from.toString()).click("Ask for accreditation");
		assertThat(browser.text()).contains("There is a problem", "Enter a date");
		browser.type("reviewFrom", from.toString()).click("Ask for accreditation");
		assertThat(browser.text()).contains("Your request for accreditation has been sent to the secretariat.",
				"Waiting for reviewers", "0 of 3");

		String id = accreditation.ownRequests(city.getId()).getFirst().requestId();
		routing.preview(secretariat.getId());
		AccreditationRequest confirmed = routing.confirm(secretariat.getId(), id);
		Map<Criterion, CriterionScore> scores = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			scores.put(criterion, new CriterionScore(criterion, 4, "Section " + criterion));
		}
		confirmed.currentSeats()
			.stream()
			.map(ReviewerSeat::reviewerId)
			.forEach(r -> reviews.submit(r, id, scores, Recommendation.ACCREDIT, ""));
		Decision decision = decisions.decide(secretariat.getId(), id, Recommendation.ACCREDIT, "Meets the charter",
				List.of()).getDecision();

		browser.open(page);
		assertThat(browser.text()).contains("Decided", "Accredited", "Meets the charter", "3 of 3")
			.doesNotContain("Reviewer journey");
		assertThat(browser.find(By.partialLinkText("View the certificate")).getAttribute("href"))
			.endsWith("/accreditations/" + decision.certificateCode());
		browser.open(base + "/accreditations/" + decision.certificateCode());
		assertThat(browser.text()).contains("Journeyburg is accredited until", decision.certificateCode())
			.doesNotContain("Reviewer journey");
		browser.click("Nederlands");
		assertThat(browser.text()).contains("Journeyburg is geaccrediteerd tot", "Geldig");
		browser.open(base + "/accreditations/AAAAAAAAAAAAAAAAAAAA");
		assertThat(browser.text()).contains("Pagina niet gevonden");
	}

}
