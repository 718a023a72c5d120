package org.inclusivecities.platform.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault injection: the mail server accepts the connection and never answers. The delivery attempt gives up after
 * the read timeout, the other scheduled jobs keep running meanwhile, and the mail goes out, once, when the server
 * works again.
 */
@PlatformIntegrationTest(properties = { "platform.mail.connect-timeout=PT1S", "platform.mail.read-timeout=PT3S",
		"platform.mail.write-timeout=PT3S", "platform.mail.retry-backoff=PT1S", "platform.mail.poll-interval=PT0.5S" })
class HungMailServerIntegrationTest {

	@RegisterExtension
	static final TestMailServer working = new TestMailServer();

	static final HungMailServer hung = hungServer();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", hung::port);
	}

	@AfterAll
	static void stop() throws IOException {
		hung.close();
	}

	@Autowired
	Mailer mailer;

	@Autowired
	Outbox outbox;

	@Autowired
	Ticker ticker;

	@Test
	void aHungMailServerHoldsUpNoOtherJobAndTheMailGoesOutOnceWhenItWorksAgain() throws Exception {
		String to = "contact@hung.example";
		String id = mailer.send(to, Locale.ENGLISH, "join-received",
				Map.of("contactName", "Ana", "cityName", "Leuven", "subjectArgs", new Object[] { "Leuven" }))
			.getId();

		await().atMost(Duration.ofSeconds(10)).until(() -> hung.hungConnections() >= 1);
		int ticksBefore = ticker.ticks.get();
		Thread.sleep(1_000); // the delivery waits up to 3 s for the server's greeting
		assertThat(ticker.ticks.get() - ticksBefore).as("another scheduled job ran while the delivery waited")
			.isGreaterThanOrEqualTo(4);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			OutboxMail attempted = outbox.findById(id).orElseThrow();
			assertThat(attempted.getAttempts()).as("the attempt gave up after the read timeout").isGreaterThanOrEqualTo(1);
			assertThat(attempted.getLastError()).containsIgnoringCase("timed out");
		});
		assertThat(outbox.findById(id).orElseThrow().getStatus()).isIn(OutboxMail.Status.PENDING,
				OutboxMail.Status.SENDING);

		hung.recover();
		working.awaitMailTo(to);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> outbox.findById(id).orElseThrow().getStatus() == OutboxMail.Status.SENT);
		Thread.sleep(1_500); // three more polls
		assertThat(working.receivedTo(to)).as("delivered exactly once").hasSize(1);
	}

	private static HungMailServer hungServer() {
		try {
			return new HungMailServer(() -> working.getSmtp().getPort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stands for every other scheduled job: it ticks ten times a second unless the scheduler is held up. */
	@TestConfiguration
	static class Ticker {

		final AtomicInteger ticks = new AtomicInteger();

		@Scheduled(fixedDelay = 100)
		void tick() {
			ticks.incrementAndGet();
		}

	}

}
