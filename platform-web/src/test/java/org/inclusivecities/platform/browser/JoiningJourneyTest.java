package org.inclusivecities.platform.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.join.Fixtures;
import org.inclusivecities.platform.mail.TestMailServer;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.browser.Browser.Width;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city applies, the secretariat approves, the applicant gets the mail (over SMTP), sets a password,
 * signs in and invites a council member. axe-core scans every page on the way. On a desktop and at 390 px, each
 * width with its own city, secretariat and people.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "platform.mail.poll-interval=PT0.2S")
class JoiningJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@RegisterExtension
	static final TestMailServer smtp = new TestMailServer();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		smtp.deliverHere(registry);
	}

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
	void aCityJoinsAndItsAdminInvitesACouncilMember(Width width) throws Exception {
		String base = "http://localhost:" + port;
		String name = width == Width.DESKTOP ? "Blackpool" : "Brighton";
		String slug = name.toLowerCase(java.util.Locale.ROOT);
		String jo = "jo@" + slug + ".example";
		String secretariat = width == Width.DESKTOP ? "secretariat@journey.example" : "secretariat390@journey.example";
		new Fixtures(cities, people, encoder).networkAdmin(secretariat, "secretariat journey password");
		Path charter = Files.createTempFile("charter", ".pdf");
		Files.write(charter, ("%PDF-1.4\n% signed charter of " + name + "\n%%EOF\n").getBytes());

		browser.at(width).open(base + "/").clickInNavigation("Join the network");
		browser.click("Send application");
		assertThat(browser.text()).contains("There is a problem").contains("Enter the name of the city");
		browser.type("name", name).type("population", "141000").type("region", "Lancashire");
		new Select(browser.find(By.id("country"))).selectByValue("GB");
		browser.find(By.id("languages-en")).click();
		browser.type("contactName", "Jo Hughes").type("contactEmail", jo);
		browser.find(By.id("contactLanguage")).click();
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2026-01-15'",
				browser.find(By.id("councilDecisionDate")));
		browser.find(By.id("charter")).sendKeys(charter.toAbsolutePath().toString());
		browser.click("Send application");
		assertThat(browser.text()).contains("Application received").contains(jo);
		awaitMail("We received the application of " + name);

		signIn(base, secretariat, "secretariat journey password");
		browser.clickInNavigation("Secretariat");
		assertThat(browser.text()).contains("1 application is waiting for a decision");
		browser.click("Applications to join").click(name);
		browser.click("Approve the application");
		assertThat(browser.text()).contains(name + " is now a member of the network");
		browser.clickInNavigation("Secretariat").click("Outbox");
		browser.click("We received the application of " + name);
		assertThat(browser.text()).contains("Thank you for applying");
		browser.clickInNavigation("Sign out");

		MimeMessage approval = awaitMail("Welcome to Inclusive Cities: " + name + " is a member");
		Matcher link = Pattern.compile("http://localhost:\\d+/invitations/[A-Za-z0-9_-]{43}")
			.matcher(TestMailServer.plainText(approval)); // decoded: a non-ASCII body is quoted-printable
		assertThat(link.find()).isTrue();
		browser.openFromMail(link.group());
		assertThat(browser.text()).contains("Join " + name + " on Inclusive Cities");
		browser.type("displayName", "Jo Hughes").type("password", "seaside trams at night")
			.type("confirmPassword", "seaside trams at night");
		browser.click("Create account and join");
		assertThat(browser.text()).contains("Welcome to " + name);

		signIn(base, jo, "seaside trams at night");
		browser.clickInNavigation("My workspace");
		browser.click(name).click("Members and invitations");
		browser.type("email", "sam@" + slug + ".example");
		browser.find(By.id("roles-COUNCIL_MEMBER")).click();
		browser.click("Send invitation");
		assertThat(browser.text()).contains("An invitation has been sent to sam@" + slug + ".example");
		awaitMail("You are invited to join " + name + " on Inclusive Cities");
		browser.click("Change roles or remove Jo Hughes");
		assertThat(browser.text()).contains("Roles in the city");
		browser.click("Save roles");
		browser.jumpTo(base + "/invitations/" + "x".repeat(43), "a made-up invitation token: no link leads to it");
		assertThat(browser.text()).contains("Invitation not found");
		browser.openFromMail(link.group());
		assertThat(browser.text()).contains("Invitation already used");
		assertThat(people.findByEmail(jo).orElseThrow()
			.hasRole(cities.findBySlug(slug).orElseThrow().getId(), Role.CITY_ADMIN)).isTrue();
	}

	private void signIn(String base, String email, String password) {
		browser.signIn(base, email, password);
	}

	private static MimeMessage awaitMail(String subject) throws Exception {
		return smtp.awaitMailWithSubject(subject, null);
	}


}
