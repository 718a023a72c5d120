package org.inclusivecities.platform.security;

import java.time.Clock;

import java.time.Duration;
import java.time.Instant;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.mail.Outbox;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sign in, forget the password, reset it, manage API tokens: every page accessible (axe-core), on a desktop and at
 * 390 px, each width as its own person. The pages a sign-in provider sends a stranger to, and made-up links, are
 * jumped to: nothing on the site links to them.
 */
@SharesContext
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInJourneyTest {

	@Autowired
	Clock clock;

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Outbox outbox;

	@Autowired
	PasswordEncoder encoder;

	@ParameterizedTest
	@EnumSource(Width.class)
	void forgottenPasswordToApiToken(Width width) {
		String email = width == Width.DESKTOP ? "journey@example.org" : "journey390@example.org";
		Person person = Person.create(email, "Jo Urney", Language.EN, clock.instant());
		person.changePassword(encoder.encode("the old password"));
		people.save(person);
		String base = "http://localhost:" + port;

		browser.at(width).open(base + "/").clickInNavigation("Sign in");
		browser.type("username", email).type("password", "not the password");
		signIn();
		assertThat(browser.text()).contains("The email address or password was not recognised");

		browser.click("Forgot your password?");
		browser.click("Send the link");
		assertThat(browser.text()).contains("Enter your email address");
		browser.type("email", email).click("Send the link");
		assertThat(browser.text()).contains("Check your email");

		String text = await().atMost(Duration.ofSeconds(10))
			.until(() -> outbox.findAllByRecipientOrderByCreatedAtDesc(email), mails -> !mails.isEmpty())
			.get(0)
			.getTextBody();
		String link = PasswordSignInIntegrationTest.linkIn(text);
		browser.openFromMail(link);
		browser.type("password", "a new long password").type("confirmation", "a new long passw0rd").click("Save the new password");
		assertThat(browser.text()).contains("The passwords do not match");
		browser.type("password", "a new long password").type("confirmation", "a new long password").click("Save the new password");
		assertThat(browser.text()).contains("Your new password is saved");
		browser.openFromMail(link);
		assertThat(browser.text()).contains("This link no longer works");

		browser.clickInNavigation("Sign in");
		browser.type("username", email).type("password", "a new long password");
		signIn();
		browser.clickInNavigation("My workspace").click("Profile, password and API tokens");
		assertThat(browser.text()).contains("Your account").contains("You have no API tokens");

		browser.click("Create token");
		assertThat(browser.text()).contains("Enter a name, so you recognise the token later");
		browser.type("name", "journey script").click("Create token");
		String token = browser.find(By.id("new-token")).getText();
		assertThat(token).startsWith("icp_");
		browser.clickInNavigation("My workspace").click("Profile, password and API tokens");
		assertThat(browser.text()).contains("journey script").doesNotContain(token);
		browser.click("Revoke journey script");
		assertThat(browser.text()).contains("The token has been revoked").contains("You have no API tokens");

		browser.click("Change password");
		assertThat(browser.text()).contains("Enter your current password correctly");

		browser.clickInNavigation("Sign out");
		assertThat(browser.driver().getCurrentUrl()).contains("/login?logout");
		browser.jumpTo(base + "/signin/not-invited", "where a sign-in provider sends a stranger: no link leads to it")
			.jumpTo(base + "/signin/email-not-verified?lang=nl", "where a sign-in provider sends an unverified email");
		assertThat(browser.text()).contains("Uw e-mailadres is niet bevestigd");
		browser.jumpTo(base + "/password-reset/" + "x".repeat(43), "a made-up reset token: no link leads to it");
	}

	/** The form's own button: the navigation has a "Sign in" link too. */
	private void signIn() {
		browser.find(By.cssSelector("main form button[type=submit]")).click();
		browser.assertAccessible();
	}

}
