package org.inclusivecities.platform.accreditation;

import java.time.Clock;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.mail.TestMailServer;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.ReviewerProfile;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.AccreditationService;
import org.inclusivecities.platform.request.ReassignmentJob;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.request.ReviewerSeat;
import org.inclusivecities.platform.request.SeatStatus;
import org.inclusivecities.platform.scoring.Criterion;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Peer accreditation end to end, every step through its page in headless Chromium with an axe-core scan: a city
 * admin asks for accreditation; the secretariat proposes and confirms reviewers from other cities; the invited
 * reviewers follow the link in the mail they really received over SMTP, sign in and accept and score; one declines
 * and the seat is offered automatically to the next-best reviewer, who accepts and scores too; the secretariat
 * decides; the city sees the decision (never the reviewers), the certificate and the public badge; anyone can
 * verify the certificate. On a desktop and at 390 px, each width with its own cities, people and language (Dutch
 * on the desktop, French on the phone), so routing never seats one run's reviewers on the other's request.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.DEFINED_PORT, properties = "platform.mail.poll-interval=PT0.5S")
@Import(AccreditationNetwork.Setup.class)
class AccreditationJourneyTest {

	@Autowired
	Clock clock;

	static final String PASSWORD = "a long enough passphrase 42";

	static final int PORT = freePort();

	static final String BASE = "http://localhost:" + PORT;

	@RegisterExtension
	static final TestMailServer smtp = new TestMailServer();

	@DynamicPropertySource
	static void serverAndMail(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("platform.web.base-url", () -> BASE);
		smtp.deliverHere(registry);
	}

	@RegisterExtension
	static Browser browser = new Browser();

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AccreditationNetwork network;

	@Autowired
	AccreditationService accreditation;

	@Autowired
	RequestsInReview requests;

	@Autowired
	ReassignmentJob reassignment;

	@ParameterizedTest
	@EnumSource(Width.class)
	void cityIsReviewedByPeersFromOtherCitiesAndEarnsAVerifiableAccreditation(Width width) throws Exception {
		String suffix = width == Width.DESKTOP ? "" : "390";
		String language = width == Width.DESKTOP ? "nl" : "fr";
		String name = width == Width.DESKTOP ? "Journeyburg" : "Journeydorp";
		String admin = "admin@" + name.toLowerCase(Locale.ROOT) + ".example";
		String secretariatEmail = "secretariat" + suffix + "@journey.example";
		City city = member(name, language);
		person(admin, "Alex Admin", city, Role.CITY_ADMIN);
		Person secretariat = person(secretariatEmail, "Sam Secretariat", null, null);
		secretariat.makeNetworkAdmin();
		people.save(secretariat);
		List<Person> reviewers = new ArrayList<>();
		for (String reviewerCity : List.of("Aalst", "Brugge", "Cork", "Delft")) {
			City home = member(reviewerCity + suffix, language);
			Person reviewer = person("reviewer@" + home.getSlug() + ".example", "Rita " + home.getName(), home,
					Role.REVIEWER);
			reviewers.add(network.nominate(reviewer, home.getId(), new ReviewerProfile(Set.of(language), Set.of(), 1)));
		}
		browser.at(width);

		// the city admin asks, after a form error
		signIn(admin);
		browser.clickInNavigation("My workspace").click(name).click("Accreditation");
		LocalDate from = LocalDate.now(clock).plusMonths(1);
		browser.type("reviewTo", from.plusMonths(1).toString()).click("Ask for accreditation");
		assertThat(browser.text()).contains("There is a problem", "Enter a date");
		browser.type("reviewFrom", from.toString()).click("Ask for accreditation");
		assertThat(browser.text()).contains("Your request for accreditation has been sent to the secretariat.",
				"Waiting for reviewers");
		String id = accreditation.ownRequests(city.getId()).getFirst().requestId();

		// the secretariat previews the routing with its explanations, then confirms it
		signIn(secretariatEmail);
		browser.clickInNavigation("Secretariat");
		browser.click("Accreditation requests");
		proposeReviewers();
		assertThat(browser.text()).contains(name, "Shares a language with the request", "Optimal");
		List<String> proposed = seatedOn(id);
		assertThat(proposed).hasSize(3).doesNotContainAnyElementsOf(List.of(secretariat.getId()));
		browser.click("Confirm the reviewers for " + name);
		assertThat(browser.text()).contains("Invitations sent to 3 reviewers.");

		// two reviewers follow the emailed link, accept and score
		List<Person> invited = reviewers.stream().filter(r -> proposed.contains(r.getId())).toList();
		for (Person reviewer : invited.subList(0, 2)) {
			followInvitation(reviewer, id, name);
			browser.click("Accept the invitation");
			score(4);
			assertThat(browser.text()).contains("Your review");
		}

		// the third declines with a reason; the seat goes to the next-best reviewer, who gets the mail
		Person decliner = invited.get(2);
		followInvitation(decliner, id, name);
		browser.type("reason", "I worked for " + name + " last year").click("Decline the invitation");
		reassignment.run();
		Person replacement = reviewers.stream().filter(r -> !proposed.contains(r.getId())).findFirst().orElseThrow();
		assertThat(seatedOn(id)).contains(replacement.getId());
		assertThat(requests.byId(id).orElseThrow().currentSeats())
			.filteredOn(seat -> seat.reviewerId().equals(decliner.getId()))
			.extracting(ReviewerSeat::status)
			.containsExactly(SeatStatus.DECLINED);
		followInvitation(replacement, id, name);
		browser.click("Accept the invitation");
		score(5);
		assertThat(browser.text()).contains("Your review", "Reviewer 2", "Reviewer 3");

		// the secretariat sees the scores and decides
		signIn(secretariatEmail);
		browser.clickInNavigation("Secretariat").click("Accreditation requests");
		browser.click(name);
		assertThat(browser.text()).contains(name, replacement.getDisplayName());
		browser.find(By.cssSelector("label[for='outcome']")).click();
		browser.type("reasons", "Meets every criterion of the charter").click("Record the decision");
		assertThat(browser.text()).contains("Decision recorded");
		String certificate = browser.find(By.id("certificate-link")).getAttribute("href");
		String code = certificate.substring(certificate.lastIndexOf('/') + 1);

		// the city sees the decision and the certificate, never who reviewed it
		signIn(admin);
		browser.clickInNavigation("My workspace").click(name).click("Accreditation");
		assertThat(browser.text()).contains("Accredited", "Meets every criterion of the charter", "3 of 3");
		for (Person reviewer : reviewers) {
			assertThat(browser.text()).doesNotContain(reviewer.getDisplayName(), reviewer.getEmail());
		}
		browser.find(By.partialLinkText("View the certificate")).click();
		browser.assertAccessible();
		assertThat(browser.text()).contains(name + " is accredited until", code);
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(BASE + "/accreditations/" + code + "/certificate.pdf")).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		// the public: the badge on the city's profile leads to the verification page
		browser.driver().manage().deleteAllCookies();
		browser.clickInNavigation("Member cities").click(name);
		assertThat(browser.text()).contains("Accredited until");
		browser.find(By.partialLinkText("Accredited until")).click();
		browser.assertAccessible();
		assertThat(browser.driver().getCurrentUrl()).isEqualTo(BASE + "/accreditations/" + code);
		assertThat(browser.text()).contains(name + " is accredited until", "Valid");
		browser.click("Nederlands");
		assertThat(browser.text()).contains(name + " is geaccrediteerd tot", "Geldig");
		browser.jumpTo(BASE + "/accreditations/AAAAAAAAAAAAAAAAAAAA", "a made-up certificate code: no link leads to it");
		assertThat(browser.text()).contains("Dit certificaat bestaat niet");
		browser.click("English");

		AccreditationRequest decided = requests.byId(id).orElseThrow();
		assertThat(decided.getDecision().certificateCode()).isEqualTo(code);
		assertThat(decided.currentSeats().stream().filter(s -> s.status() == SeatStatus.SUBMITTED)).hasSize(3);
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

	/**
	 * Opens the invitation link from the reviewer's mail (waiting for it to arrive) signed out: sign-in first, then
	 * the review page itself.
	 */
	private void followInvitation(Person reviewer, String requestId, String city) throws Exception {
		String link = linkIn(TestMailServer.plainText(smtp.awaitMail("the invitation to " + reviewer.getEmail(),
				mail -> mail.getAllRecipients()[0].toString().equals(reviewer.getEmail())
						&& TestMailServer.plainText(mail).contains("/my/reviews/" + requestId))));
		assertThat(link).isEqualTo(BASE + "/my/reviews/" + requestId);
		browser.driver().manage().deleteAllCookies();
		browser.openFromMail(link);
		browser.type("username", reviewer.getEmail()).type("password", PASSWORD);
		browser.find(By.cssSelector("main button[type='submit']")).click();
		browser.assertAccessible();
		assertThat(browser.driver().getCurrentUrl()).startsWith(link);
		assertThat(browser.text()).contains("Accreditation review of " + city);
	}

	private void score(int value) {
		for (Criterion criterion : Criterion.values()) {
			String field = criterion.name().toLowerCase(Locale.ROOT);
			browser.find(By.cssSelector("label[for='score-" + field + "-" + value + "']")).click();
			browser.type("evidence-" + field, "Seen in the plan: " + field);
		}
		browser.find(By.cssSelector("label[for='recommendation']")).click();
		browser.click("Submit the review");
	}

	private void signIn(String email) {
		browser.signIn(BASE, email, PASSWORD);
	}

	private List<String> seatedOn(String requestId) {
		return requests.byId(requestId).orElseThrow().currentSeats().stream().map(ReviewerSeat::reviewerId).toList();
	}

	private City member(String name, String language) {
		City city = City.apply(new CityProfile(name, "BE", null, 60_000L, List.of(language), null, null), clock.instant());
		city.moveTo(CityStatus.MEMBER, clock.instant(), "test", null);
		return cities.save(city);
	}

	private Person person(String email, String name, City city, Role role) {
		Person person = Person.create(email, name, Language.EN, clock.instant());
		if (city != null) {
			person.grant(city.getId(), Set.of(role), clock.instant(), "test");
		}
		person.changePassword(passwords.encode(PASSWORD));
		return people.save(person);
	}

	private static String linkIn(String body) {
		Matcher matcher = Pattern.compile(Pattern.quote(BASE) + "/my/reviews/[A-Za-z0-9]+").matcher(body);
		assertThat(matcher.find()).as("review link in %s", body).isTrue();
		return matcher.group();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
