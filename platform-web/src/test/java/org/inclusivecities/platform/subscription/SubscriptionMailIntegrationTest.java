package org.inclusivecities.platform.subscription;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.inclusivecities.platform.plan.CouncilConsents;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.events.CalendarFixtures;
import org.inclusivecities.platform.events.MovableClock;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.mail.TestMailServer;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.PlanPublisher;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole life of a subscription over real SMTP (GreenMail): subscribe, confirm from the mail, get a digest
 * with a newly published practice when the week is up, unsubscribe from the digest, get nothing more.
 */
@PlatformIntegrationTest(properties = { "platform.mail.poll-interval=PT0.3S",
		"platform.web.base-url=https://cities.example/" })
@AutoConfigureMockMvc
@Import(SubscriptionFixture.Setup.class)
class SubscriptionMailIntegrationTest {

	static final Instant T = SubscriptionFixture.T;

	@RegisterExtension
	static final TestMailServer smtp = new TestMailServer();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		smtp.deliverHere(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@Autowired
	DigestJob digests;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	SubscriptionFixture fixture;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ActionPlanService plans;

	@Autowired
	PlanPublisher publisher;

	@Autowired
	IndicatorService indicators;

	@Autowired
	CouncilConsents consents;

	@Test
	void subscribeConfirmReceiveADigestAndUnsubscribeFromIt() throws Exception {
		City city = fixture.city("Mechelen");
		mvc.perform(post("/subscribe").param("email", "  Reader@Reader.EXAMPLE ").param("frequency", "WEEKLY").with(csrf()))
			.andExpect(redirectedUrl("/subscribe/sent"));

		MimeMessage confirmation = mailTo("reader.example", 1);
		assertThat(confirmation.getAllRecipients()[0].toString()).isEqualTo("reader@reader.example");
		assertThat(confirmation.getSubject()).isEqualTo("Confirm your subscription to Inclusive Cities updates");
		String confirmPath = path(link(TestMailServer.plainText(confirmation), "/subscribe/confirm/"));
		assertThat(subscriptions.findByEmail("reader@reader.example").orElseThrow().getStatus())
			.isEqualTo(Subscription.Status.PENDING);
		assertThat(mongo.getCollection("subscriptions").find().first().toJson()).as("only digests of the token")
			.doesNotContain(confirmPath.substring(confirmPath.lastIndexOf('/') + 1));

		mvc.perform(get(confirmPath)).andExpect(status().isOk());
		assertThat(subscriptions.findByEmail("reader@reader.example").orElseThrow().getStatus())
			.as("showing the page confirms nothing").isEqualTo(Subscription.Status.PENDING);
		clock.set(T.plus(Duration.ofHours(1)));
		mvc.perform(post(confirmPath).with(csrf())).andExpect(redirectedUrl("/subscribe/confirmed"));
		assertThat(subscriptions.findByEmail("reader@reader.example").orElseThrow().getStatus())
			.isEqualTo(Subscription.Status.CONFIRMED);

		clock.set(T.plus(Duration.ofDays(1)));
		fixture.publish(city, "Wolkenkrabberwandeling");
		CalendarFixtures.seed(fixture.cities(), plans, publisher, indicators, consents, LocalDate.ofInstant(clock.instant(),
				ZoneOffset.UTC));
		clock.set(T.plus(Duration.ofDays(3)));
		digests.sendDue();
		assertThat(outboxCount("reader@reader.example")).as("the week is not up yet").isEqualTo(1);

		clock.set(T.plus(Duration.ofDays(7)).plus(Duration.ofHours(2)));
		digests.sendDue();
		MimeMessage digest = mailTo("reader.example", 2);
		assertThat(digest.getSubject()).isEqualTo("New on Inclusive Cities");
		String text = TestMailServer.plainText(digest);
		assertThat(text).contains("Wolkenkrabberwandeling").contains("from Mechelen")
			.contains(CalendarFixtures.WALK + ", Eventstad").contains("Bike ride of Tweedestad, Tweedestad")
			.as("past, not public or of an applicant")
			.doesNotContain("Past recovery cafe").doesNotContain("Closed council meeting").doesNotContain("Applicant walk");
		digests.sendDue();
		assertThat(outboxCount("reader@reader.example")).as("one digest per week").isEqualTo(2);
		clock.set(T.plus(Duration.ofDays(15)));
		digests.sendDue();
		assertThat(outboxCount("reader@reader.example")).as("nothing new, no digest").isEqualTo(2);

		String unsubscribePath = path(link(text, "/unsubscribe/"));
		mvc.perform(get(unsubscribePath)).andExpect(status().isOk());
		mvc.perform(post(unsubscribePath).with(csrf())).andExpect(redirectedUrl("/unsubscribe/done"));
		assertThat(subscriptions.count()).as("the address is deleted").isZero();
		mvc.perform(get(unsubscribePath)).andExpect(status().isNotFound());

		fixture.publish(city, "Maanlandingwandeling");
		clock.set(T.plus(Duration.ofDays(30)));
		digests.sendDue();
		assertThat(outboxCount("reader@reader.example")).as("nothing after unsubscribing").isEqualTo(2);
	}

	@Test
	void aConfirmedAddressAskingAgainGetsTheConfirmationMailAndKeepsItsChoices() throws Exception {
		fixture.confirmed("kept@example.org", Language.EN, Frequency.MONTHLY);
		long before = outboxCount("kept@example.org");

		mvc.perform(post("/subscribe").param("email", "kept@example.org").param("frequency", "WEEKLY").with(csrf()))
			.andExpect(redirectedUrl("/subscribe/sent"));

		assertThat(outboxCount("kept@example.org")).isEqualTo(before + 1);
		Subscription after = subscriptions.findByEmail("kept@example.org").orElseThrow();
		assertThat(after.getFrequency()).isEqualTo(Frequency.MONTHLY);
		assertThat(after.getStatus()).isEqualTo(Subscription.Status.CONFIRMED);
		assertThat(after.getConfirmedAt()).isEqualTo(T);
		subscriptions.delete(after);
	}


	private long outboxCount(String recipient) {
		return mongo.count(Query.query(Criteria.where("recipient").is(recipient)), OutboxMail.class);
	}

	private static MimeMessage mailTo(String domain, int count) throws Exception {
		return smtp.awaitMailForDomain(domain, count);
	}

	static String link(String text, String path) {
		Matcher matcher = Pattern.compile("https://cities\\.example" + Pattern.quote(path) + "[A-Za-z0-9_-]+").matcher(text);
		assertThat(matcher.find()).as("a link to " + path + " in:\n" + text).isTrue();
		return matcher.group();
	}

	static String path(String link) {
		return link.substring("https://cities.example".length());
	}


}
