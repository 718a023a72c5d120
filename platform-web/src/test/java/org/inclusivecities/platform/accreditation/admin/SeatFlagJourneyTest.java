package org.inclusivecities.platform.accreditation.admin;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inclusivecities.platform.accreditation.AccreditationNetwork;
import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.mail.TestMailServer;
import org.inclusivecities.platform.people.CityMembers;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.request.ReviewerSeat;
import org.inclusivecities.platform.request.SeatStatus;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A conflict of interest that arises after the invitations went out, repaired by the secretariat from the mail it
 * gets: an invited reviewer joins the reviewed city's council; the secretariat receives the flag over SMTP, follows
 * its link, signs in, sees the seat that breaks the rule and replaces the reviewer with one click; the flag is gone
 * from its waiting list, and the next-best reviewer follows their own invitation mail to the review. At desktop
 * width and at 390 px.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.DEFINED_PORT, properties = "platform.mail.poll-interval=PT0.5S")
@Import(AccreditationNetwork.Setup.class)
class SeatFlagJourneyTest {

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
	AccreditationNetwork network;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	CityMembers members;

	@Autowired
	RequestsInReview requests;

	@ParameterizedTest
	@EnumSource(Width.class)
	void theSecretariatRepairsAFlaggedSeatFromItsMail(Width width) throws Exception {
		String prefix = width == Width.DESKTOP ? "Wide" : "Narrow";
		SecretariatFixture seed = new SecretariatFixture(network);
		Person secretariat = withPassword(seed.secretariat(prefix + " Secretariat"));
		City city = seed.city(prefix + "burg");
		for (String name : List.of("North", "South", "East", "West")) {
			withPassword(seed.reviewer(prefix + " Reviewer " + name, seed.city(prefix + " " + name)));
		}
		String id = seed.request(city, seed.person(prefix + " Admin", city, Role.CITY_ADMIN));
		AccreditationRequest confirmed = network.routeAndConfirm(secretariat, id);
		List<String> invited = confirmed.currentSeats().stream().map(ReviewerSeat::reviewerId).toList();
		Person joiner = people.findById(invited.getFirst()).orElseThrow();

		// a change elsewhere: the invited reviewer accepts an invitation into the reviewed city's council
		var issued = members.issue(city.getId(), joiner.getEmail(), Set.of(Role.COUNCIL_MEMBER), "test");
		members.accept(issued.token(), new CityMembers.NewAccount(joiner.getDisplayName(), Language.EN, "x"));

		String flag = mailTo(secretariat, "/admin/accreditation/");
		String link = link(flag, "/admin/accreditation/[A-Za-z0-9]+");
		assertThat(link).isEqualTo(BASE + "/admin/accreditation/" + id);
		browser.at(width);
		browser.driver().manage().deleteAllCookies();
		browser.openFromMail(link);
		browser.type("username", secretariat.getEmail()).type("password", PASSWORD);
		browser.find(By.cssSelector("main button[type='submit']")).click();
		browser.assertAccessible();
		assertThat(browser.driver().getCurrentUrl()).startsWith(link);
		assertThat(browser.text()).contains("Breaks a rule", "made one reviewer of this request break a rule");

		browser.click("Replace " + joiner.getDisplayName() + " with the next-best reviewer");
		assertThat(browser.text()).contains("Removed", joiner.getDisplayName() + ": never a reviewer from the requesting city");
		browser.clickInNavigation("My workspace");
		assertThat(browser.text()).doesNotContain("Replace a reviewer on " + prefix + "burg");

		AccreditationRequest replaced = requests.byId(id).orElseThrow();
		assertThat(replaced.currentSeats()).filteredOn(s -> s.reviewerId().equals(joiner.getId()))
			.extracting(ReviewerSeat::status)
			.containsExactly(SeatStatus.REMOVED);
		Person newcomer = replaced.currentSeats()
			.stream()
			.filter(s -> s.status() == SeatStatus.INVITED && !invited.contains(s.reviewerId()))
			.map(s -> people.findById(s.reviewerId()).orElseThrow())
			.findFirst()
			.orElseThrow();
		String invitation = mailTo(newcomer, "/my/reviews/" + id);
		String review = link(invitation, "/my/reviews/[A-Za-z0-9]+");
		browser.driver().manage().deleteAllCookies();
		browser.openFromMail(review);
		browser.type("username", newcomer.getEmail()).type("password", PASSWORD);
		browser.find(By.cssSelector("main button[type='submit']")).click();
		browser.assertAccessible();
		assertThat(browser.text()).contains("Accreditation review of " + prefix + "burg", "Accept the invitation");
	}

	/** The first mail to the person with a link to this path, waiting for it to arrive over SMTP. */
	private static String mailTo(Person person, String path) throws Exception {
		return TestMailServer.plainText(smtp.awaitMail(path + " to " + person.getEmail(),
				m -> m.getAllRecipients()[0].toString().equals(person.getEmail())
						&& TestMailServer.plainText(m).contains(BASE + path)));
	}

	private Person withPassword(Person person) {
		person.changePassword(passwords.encode(PASSWORD));
		return people.save(person);
	}

	private static String link(String body, String path) {
		Matcher matcher = Pattern.compile(Pattern.quote(BASE) + path).matcher(body);
		assertThat(matcher.find()).as("link %s in %s", path, body).isTrue();
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
