package org.inclusivecities.platform.mail;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class OutboxMailTest {

	static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

	static final Duration BACKOFF = Duration.ofSeconds(30);

	@Test
	void aMailIsClaimedBeforeItIsSentAndOnlyAClaimedMailCanBeMarkedSent() {
		OutboxMail mail = mail();
		assertThatIllegalStateException().isThrownBy(() -> mail.sent(T));
		mail.claim(T);
		assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.SENDING);
		assertThatIllegalStateException().as("claimed once").isThrownBy(() -> mail.claim(T));
		mail.sent(T.plusSeconds(1));
		assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.SENT);
		assertThat(mail.getClaimedAt()).isNull();
		assertThatIllegalStateException().as("a sent mail is never sent again").isThrownBy(() -> mail.claim(T));
		assertThat(mail.isRetryable()).isFalse();
	}

	@Test
	void failedAttemptsBackOffDoublingAndTheEighthGivesUpUntilRetried() {
		OutboxMail mail = mail();
		Instant at = T;
		for (int attempt = 1; attempt < OutboxMail.MAX_ATTEMPTS; attempt++) {
			mail.claim(at);
			mail.failed(at, BACKOFF, "refused");
			assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
			assertThat(mail.getNextAttemptAt()).isEqualTo(at.plus(BACKOFF.multipliedBy(1L << (attempt - 1))));
			at = mail.getNextAttemptAt();
		}
		mail.claim(at);
		mail.failed(at, BACKOFF, "refused");
		assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.FAILED);
		assertThat(mail.isRetryable()).isTrue();

		Instant retried = at.plusSeconds(5);
		mail.retry(retried);
		assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
		assertThat(mail.getAttempts()).isZero();
		assertThat(mail.getNextAttemptAt()).isEqualTo(retried);
		assertThatIllegalStateException().as("only a failed mail is retried").isThrownBy(() -> mail.retry(retried));
	}

	@Test
	void anInterruptedSendIsFailedNotSentAgain() {
		OutboxMail mail = mail();
		mail.claim(T);
		mail.interrupted(T.plusSeconds(120));
		assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.FAILED);
		assertThat(mail.getLastError()).contains("may have arrived");
		assertThatIllegalStateException().isThrownBy(() -> mail.claim(T));
	}

	private static OutboxMail mail() {
		return OutboxMail.of(new RenderedMail("Subject", "Text", null), "to@example.org", "test", T);
	}

}
