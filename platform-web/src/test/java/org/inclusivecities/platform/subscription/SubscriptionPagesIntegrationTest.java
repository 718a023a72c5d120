package org.inclusivecities.platform.subscription;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.inclusivecities.platform.browser.HtmlChecker;
import org.inclusivecities.platform.events.MovableClock;
import org.inclusivecities.platform.mail.OutboxMail;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bad input on the subscription pages gets a clear 4xx page (never a 500), and every page is valid HTML. */
@PlatformIntegrationTest(properties = "platform.web.base-url=https://cities.example")
@AutoConfigureMockMvc
@Import(SubscriptionFixture.Setup.class)
class SubscriptionPagesIntegrationTest {

	static final Instant T = SubscriptionFixture.T;

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	MongoTemplate mongo;

	@Test
	void badFormInputIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
		String form = page(get("/subscribe"), 200);
		assertThat(form).contains("Subscribe to updates").contains("href=\"/subscribe\"");
		HtmlChecker.assertValid(form, "/subscribe");

		String empty = page(post("/subscribe").param("email", " ").param("frequency", "WEEKLY"), 400);
		assertThat(empty).contains("There is a problem").contains("href=\"#email\"").contains("Enter your email address");
		HtmlChecker.assertValid(empty, "/subscribe without an address");
		assertThat(page(post("/subscribe").param("email", "not-an-address").param("frequency", "MONTHLY"), 400))
			.contains("Enter an email address in the correct format");
		String daily = page(post("/subscribe").param("email", "ok@example.org").param("frequency", "DAILY"), 400);
		assertThat(daily).contains("href=\"#frequency\"").contains("Choose weekly or monthly");
		HtmlChecker.assertValid(daily, "/subscribe with an unknown frequency");
		assertThat(page(post("/subscribe").param("email", "ok@example.org"), 400)).contains("Choose weekly or monthly");
		assertThat(page(post("/subscribe").param("email", "ok@example.org").param("frequency", "weekly'; drop"), 400))
			.contains("Choose weekly or monthly");

		assertThat(subscriptions.count()).isZero();
		assertThat(mongo.count(new Query(), OutboxMail.class)).isZero();
	}

	@Test
	void unknownUsedAndExpiredLinksGetTheInvalidLinkPage() throws Exception {
		for (String path : new String[] { "/subscribe/confirm/cUnknown", "/subscribe/confirm/x",
				"/subscribe/confirm/" + "c".repeat(300), "/unsubscribe/uUnknown", "/unsubscribe/c" }) {
			String html = page(get(path), 404);
			assertThat(html).as(path).contains("This link does not work");
			page(post(path), 404);
		}
		HtmlChecker.assertValid(page(get("/unsubscribe/uUnknown"), 404), "an unknown unsubscribe link");

		mvc.perform(post("/subscribe").locale(Locale.forLanguageTag("nl"))
			.param("email", "Late@Example.org")
			.param("frequency", "MONTHLY")
			.with(csrf())).andExpect(redirectedUrl("/subscribe/sent"));
		OutboxMail mail = mongo.findOne(Query.query(Criteria.where("recipient").is("late@example.org")),
				OutboxMail.class);
		assertThat(mail.getSubject()).isEqualTo("Bevestig uw abonnement op nieuws van Inclusieve Steden");
		String confirm = SubscriptionMailIntegrationTest
			.path(SubscriptionMailIntegrationTest.link(mail.getTextBody(), "/subscribe/confirm/"));
		assertThat(subscriptions.findByEmail("late@example.org").orElseThrow().getLanguage()).isEqualTo(Language.NL);

		clock.set(T.plus(Duration.ofDays(7)).plusSeconds(1));
		assertThat(page(get(confirm), 404)).contains("This link does not work");
		page(post(confirm), 404);
		assertThat(subscriptions.findByEmail("late@example.org").orElseThrow().getStatus())
			.isEqualTo(Subscription.Status.PENDING);
	}

	@Test
	void thePagesOfTheWholeWayAreValidHtml() throws Exception {
		HtmlChecker.assertValid(page(get("/subscribe/sent"), 200), "/subscribe/sent");
		Subscription subscription = Subscription.pending("valid@example.org", Language.EN, Frequency.WEEKLY,
				"https://cities.example", clock.instant());
		String confirmToken = subscription.issueConfirmToken(clock.instant());
		String unsubscribeToken = subscription.issueUnsubscribeToken();
		subscriptions.save(subscription);

		String confirm = page(get("/subscribe/confirm/" + confirmToken), 200);
		assertThat(confirm).contains("Confirm my subscription");
		HtmlChecker.assertValid(confirm, "the confirmation page");
		mvc.perform(post("/subscribe/confirm/" + confirmToken).with(csrf()))
			.andExpect(redirectedUrl("/subscribe/confirmed"));
		page(get("/subscribe/confirm/" + confirmToken), 404);
		HtmlChecker.assertValid(page(get("/subscribe/confirmed"), 200), "/subscribe/confirmed");

		String unsubscribe = page(get("/unsubscribe/" + unsubscribeToken), 200);
		HtmlChecker.assertValid(unsubscribe, "the unsubscribe page");
		mvc.perform(post("/unsubscribe/" + unsubscribeToken).with(csrf())).andExpect(redirectedUrl("/unsubscribe/done"));
		assertThat(subscriptions.findByEmail("valid@example.org")).isEmpty();
		HtmlChecker.assertValid(page(get("/unsubscribe/done"), 200), "/unsubscribe/done");
	}

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		ResultActions result = mvc.perform(request.with(csrf())).andExpect(status().is(status));
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
