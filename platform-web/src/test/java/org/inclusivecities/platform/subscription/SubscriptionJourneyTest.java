package org.inclusivecities.platform.subscription;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.browser.Browser.Width;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From the footer link to a confirmed subscription in a real browser: the form with its errors, the "check your
 * mailbox" page, the link from the mail and the confirmation. axe-core scans every page on the way. On a desktop and
 * at 390 px, each width with its own address.
 */
@SharesContext
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SubscriptionJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Subscriptions subscriptions;

	@ParameterizedTest
	@EnumSource(Width.class)
	void aVisitorSubscribesAndConfirms(Width width) {
		// an address of this class and width only: the context, and its outbox, are shared with other classes
		String email = width == Width.DESKTOP ? "subscription-journey@example.org"
				: "subscription-journey390@example.org";
		String base = "http://localhost:" + port;
		browser.at(width).open(base + "/");
		browser.click("Subscribe to updates");
		assertThat(browser.text()).contains("How often would you like the email?");

		browser.click("Subscribe");
		assertThat(browser.text()).contains("There is a problem").contains("Enter your email address");
		browser.type("email", email);
		browser.find(By.id("frequency-monthly")).click();
		browser.click("Subscribe");
		assertThat(browser.text()).contains("Check your mailbox");

		OutboxMail mail = mongo.findOne(Query.query(Criteria.where("recipient").is(email)),
				OutboxMail.class);
		String link = mail.getTextBody().lines().filter(l -> l.contains("/subscribe/confirm/")).findFirst().orElseThrow();
		browser.openFromMail(link.strip());
		assertThat(browser.text()).contains("Confirm your subscription");
		browser.click("Confirm my subscription");
		assertThat(browser.text()).contains("You are subscribed");

		Subscription subscription = subscriptions.findByEmail(email).orElseThrow();
		assertThat(subscription.getStatus()).isEqualTo(Subscription.Status.CONFIRMED);
		assertThat(subscription.getFrequency()).isEqualTo(Frequency.MONTHLY);
	}

}
