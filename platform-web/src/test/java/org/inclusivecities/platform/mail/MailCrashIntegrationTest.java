package org.inclusivecities.platform.mail;

import java.time.Clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.join.Fixtures;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.inclusivecities.platform.join.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An instance that crashed, simulated by what it leaves in the database: its delivery lock, and a mail it claimed
 * and handed to SMTP without recording the outcome. This instance takes over within seconds, and a mail is never
 * sent twice: the interrupted one waits, failed, for the secretariat, who sees it and sends it again.
 */
@PlatformIntegrationTest(properties = { "platform.mail.poll-interval=PT0.5S", "platform.mail.interrupted-after=PT3S" })
@AutoConfigureMockMvc
class MailCrashIntegrationTest {

	@Autowired
	Clock clock;

	@RegisterExtension
	static final TestMailServer smtp = new TestMailServer();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		smtp.deliverHere(registry);
	}

	@Autowired
	Outbox outbox;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MockMvc mvc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void aCrashedInstancesDeliveryLockHoldsMailOnlyUntilItRunsOut() throws Exception {
		// the dead instance last extended its 30 s lock 25 s ago: 5 s left
		Instant lockUntil = leaveDeadLock(Duration.ofSeconds(5));
		OutboxMail mail = outbox.save(mail("after-crash@crash.example", clock.instant()));

		Thread.sleep(Math.max(0, Duration.between(clock.instant(), lockUntil).toMillis() - 1_000));
		assertThat(smtp.receivedTo(mail.getRecipient())).as("the dead instance's lock is respected").isEmpty();

		smtp.awaitMailTo(mail.getRecipient());
		assertThat(Duration.between(lockUntil, clock.instant())).as("taken over as soon as the lock ran out")
			.isLessThan(Duration.ofSeconds(3));
		Thread.sleep(1_500);
		assertThat(smtp.receivedTo(mail.getRecipient())).hasSize(1);
	}

	@Test
	void aMailInterruptedMidSendIsNeverResentOnItsOwnAndTheSecretariatSendsItAgain() throws Exception {
		// the dead instance claimed these and handed them to SMTP; whether they arrived, nobody knows
		OutboxMail first = outbox.save(claimed(mail("first@interrupted.example", clock.instant()), clock.instant()));
		OutboxMail second = outbox.save(claimed(mail("second@interrupted.example", clock.instant()), clock.instant()));
		OutboxMail meanwhile = outbox.save(mail("meanwhile@interrupted.example", clock.instant()));

		smtp.awaitMailTo(meanwhile.getRecipient());
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			assertThat(outbox.findById(first.getId()).orElseThrow().getStatus()).isEqualTo(OutboxMail.Status.FAILED);
			assertThat(outbox.findById(second.getId()).orElseThrow().getStatus()).isEqualTo(OutboxMail.Status.FAILED);
		});
		Thread.sleep(1_500);
		assertThat(smtp.receivedTo(first.getRecipient())).as("never resent on its own").isEmpty();
		assertThat(outbox.findById(first.getId()).orElseThrow().getLastError()).contains("may have arrived");
		assertThat(failedGauge()).isEqualTo(2);

		Person secretariat = new Fixtures(cities, people, encoder).networkAdmin("crash-secretariat@ic.example",
				"a long secretariat password");
		mvc.perform(get("/admin").with(as(secretariat)))
			.andExpect(content().string(containsString("2 mails could not be delivered")))
			.andExpect(content().string(containsString("/admin/outbox?failed=true")));
		mvc.perform(get("/admin/outbox").param("failed", "true").with(as(secretariat)))
			.andExpect(content().string(containsString(first.getRecipient())))
			.andExpect(content().string(containsString("/admin/outbox/" + first.getId() + "/retry")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(meanwhile.getRecipient()))));

		mvc.perform(post("/admin/outbox/" + first.getId() + "/retry").with(as(secretariat)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/outbox/" + first.getId() + "/retry").with(as(secretariat)).with(csrf()))
			.andExpect(redirectedUrl("/admin/outbox"))
			.andExpect(flash().attribute("flash", "The mail \"Crash test\" will be sent again in a moment."));
		smtp.awaitMailTo(first.getRecipient());
		mvc.perform(post("/admin/outbox/" + first.getId() + "/retry").with(as(secretariat)).with(csrf()))
			.andExpect(status().isNotFound());

		mvc.perform(post("/admin/outbox/retry-failed").with(as(secretariat)).with(csrf()))
			.andExpect(redirectedUrl("/admin/outbox"))
			.andExpect(flash().attribute("flash", "1 failed mail will be sent again in a moment."));
		smtp.awaitMailTo(second.getRecipient());
		await().atMost(Duration.ofSeconds(10)).until(() -> failedGauge() == 0);
		Thread.sleep(1_500);
		assertThat(smtp.receivedTo(first.getRecipient())).hasSize(1);
		assertThat(smtp.receivedTo(second.getRecipient())).hasSize(1);
		assertThat(smtp.receivedTo(meanwhile.getRecipient())).hasSize(1);
		mvc.perform(get("/admin").with(as(secretariat)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("could not be delivered"))));
	}

	private double failedGauge() {
		return meters.get("platform.mail.failed").gauge().value();
	}

	/**
	 * Writes the lock a dead instance left, running out {@code left} from now. The running worker may be between
	 * taking and releasing its own lock (its release would overwrite this one), so it is written again until it stays.
	 */
	private Instant leaveDeadLock(Duration left) throws InterruptedException {
		var locks = mongo.getCollection("shedLock");
		while (true) {
			Instant until = clock.instant().plus(left);
			var dead = new Document("_id", "outbox-delivery").append("lockUntil", Date.from(until))
				.append("lockedAt", Date.from(until.minusSeconds(30)))
				.append("lockedBy", "crashed-instance");
			locks.replaceOne(eq("_id", "outbox-delivery"), dead, new com.mongodb.client.model.ReplaceOptions().upsert(true));
			Thread.sleep(600);
			if ("crashed-instance".equals(locks.find(eq("_id", "outbox-delivery")).first().getString("lockedBy"))
					&& locks.find(eq("_id", "outbox-delivery")).first().getDate("lockUntil").toInstant().equals(
							until.truncatedTo(java.time.temporal.ChronoUnit.MILLIS))) {
				return until;
			}
		}
	}

	private static OutboxMail mail(String to, Instant at) {
		return OutboxMail.of(new RenderedMail("Crash test", "A mail in a crash test.", null), to, "crash-test", at);
	}

	private static OutboxMail claimed(OutboxMail mail, Instant at) {
		mail.claim(at.minusSeconds(10));
		return mail;
	}

}
