package org.inclusivecities.platform.subscription;

import org.inclusivecities.platform.browser.Browser;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.inclusivecities.platform.testing.SharesContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
 * mailbox" page, the link from the mail and the confirmation. axe-core scans every page on the way.
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

	/** An address of this class only: the context, and its outbox, are shared with other classes. */
	static final String EMAIL = "subscription-journey@example.org";

	@Test
	void aVisitorSubscribesAndConfirms() {
		String base = "http://localhost:" + port;
		browser.open(base + "/");
		browser.click("Subscribe to updates");
		assertThat(browser.text()).contains("How often would you like the email?");

		browser.click("Subscribe");
		assertThat(browser.text()).contains("There is a problem").contains("Enter your email address");
		browser.type("email", EMAIL);
		browser.find(By.id("frequency-monthly")).click();
		browser.click("Subscribe");
		assertThat(browser.text()).contains("Check your mailbox");

		OutboxMail mail = mongo.findOne(Query.query(Criteria.where("recipient").is(EMAIL)),
				OutboxMail.class);
		String link = mail.getTextBody().lines().filter(l -> l.contains("/subscribe/confirm/")).findFirst().orElseThrow();
		browser.openFromMail(link.strip());
		assertThat(browser.text()).contains("Confirm your subscription");
		browser.click("Confirm my subscription");
		assertThat(browser.text()).contains("You are subscribed");

		Subscription subscription = subscriptions.findByEmail(EMAIL).orElseThrow();
		assertThat(subscription.getStatus()).isEqualTo(Subscription.Status.CONFIRMED);
		assertThat(subscription.getFrequency()).isEqualTo(Frequency.MONTHLY);
	}

}
