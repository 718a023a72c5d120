package org.inclusivecities.platform.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A mail as stored in the outbox: written first, sent later by {@link OutboxWorker}, never lost. */
@Document("outbox")
@CompoundIndex(name = "status_due", def = "{'status': 1, 'nextAttemptAt': 1}")
public class OutboxMail {

	/**
	 * Delivery state: {@code PENDING} waits for its next attempt, {@code SENDING} is claimed by the instance that
	 * hands it to SMTP right now, {@code SENT} was accepted by the SMTP server, {@code FAILED} gave up (after
	 * {@value #MAX_ATTEMPTS} attempts, or because the sending instance stopped mid-send) until the secretariat
	 * retries it.
	 */
	public enum Status {
		PENDING, SENDING, SENT, FAILED
	}

	static final int MAX_ATTEMPTS = 8;

	static final String INTERRUPTED = "Interrupted: the instance sending it stopped before the mail server answered; "
			+ "it may have arrived";

	@Id
	private String id;

	private String recipient;

	private String subject;

	private String textBody;

	private String htmlBody;

	private String template;

	/** Extra message headers (e.g. List-Unsubscribe); absent on most mails. */
	private Map<String, String> headers;

	private Status status = Status.PENDING;

	private int attempts;

	private Instant createdAt;

	private Instant nextAttemptAt;

	private Instant sentAt;

	/** When the current delivery attempt began ({@code SENDING}); null otherwise. */
	private Instant claimedAt;

	private String lastError;

	@Version
	private Long version;

	OutboxMail() {
	}

	static OutboxMail of(RenderedMail mail, String recipient, String template, Instant at) {
		return of(mail, recipient, template, Map.of(), at);
	}

	static OutboxMail of(RenderedMail mail, String recipient, String template, Map<String, String> headers,
			Instant at) {
		OutboxMail outboxMail = new OutboxMail();
		outboxMail.headers = headers.isEmpty() ? null : new LinkedHashMap<>(headers);
		outboxMail.recipient = recipient;
		outboxMail.subject = mail.subject();
		outboxMail.textBody = mail.text();
		outboxMail.htmlBody = mail.html();
		outboxMail.template = template;
		outboxMail.createdAt = at;
		outboxMail.nextAttemptAt = at;
		return outboxMail;
	}

	/** Begins a delivery attempt; stored before the mail is handed to SMTP, so a crash mid-send is noticed. */
	void claim(Instant at) {
		requireStatus(Status.PENDING);
		status = Status.SENDING;
		claimedAt = at;
	}

	void sent(Instant at) {
		requireStatus(Status.SENDING);
		status = Status.SENT;
		sentAt = at;
		claimedAt = null;
		attempts++;
		lastError = null;
	}

	/** Exponential backoff: {@code backoff}, twice that, four times, … up to {@value #MAX_ATTEMPTS} attempts. */
	void failed(Instant at, Duration backoff, String error) {
		requireStatus(Status.SENDING);
		claimedAt = null;
		attempts++;
		lastError = error;
		if (attempts >= MAX_ATTEMPTS) {
			status = Status.FAILED;
			return;
		}
		status = Status.PENDING;
		nextAttemptAt = at.plus(backoff.multipliedBy(1L << (attempts - 1)));
	}

	/**
	 * The instance that claimed this mail stopped before it recorded whether SMTP took it. Sending it again could
	 * deliver it twice, so it is failed (at most once) and left for the secretariat to check and retry.
	 */
	void interrupted(Instant at) {
		requireStatus(Status.SENDING);
		claimedAt = null;
		attempts++;
		status = Status.FAILED;
		nextAttemptAt = at;
		lastError = INTERRUPTED;
	}

	/** A failed mail gets a fresh set of attempts, the first one now. */
	void retry(Instant at) {
		requireStatus(Status.FAILED);
		status = Status.PENDING;
		attempts = 0;
		nextAttemptAt = at;
	}

	/** Whether the secretariat can send this mail again. */
	public boolean isRetryable() {
		return status == Status.FAILED;
	}

	private void requireStatus(Status expected) {
		if (status != expected) {
			throw new IllegalStateException("Outbox mail " + id + " is " + status + ", not " + expected);
		}
	}

	public String getId() {
		return id;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getSubject() {
		return subject;
	}

	public String getTextBody() {
		return textBody;
	}

	public String getHtmlBody() {
		return htmlBody;
	}

	public String getTemplate() {
		return template;
	}

	/** The extra headers to set on the message, in order; empty when there are none. */
	public Map<String, String> getHeaders() {
		return headers == null ? Map.of() : Collections.unmodifiableMap(headers);
	}

	public Status getStatus() {
		return status;
	}

	public int getAttempts() {
		return attempts;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	public Instant getClaimedAt() {
		return claimedAt;
	}

	public String getLastError() {
		return lastError;
	}

}
