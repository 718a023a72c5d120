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

	/** Delivery state. */
	public enum Status {
		PENDING, SENT, FAILED
	}

	static final int MAX_ATTEMPTS = 8;

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

	void sent(Instant at) {
		status = Status.SENT;
		sentAt = at;
		attempts++;
		lastError = null;
	}

	/** Exponential backoff: 30 s, 1 min, 2 min, … up to {@value #MAX_ATTEMPTS} attempts. */
	void failed(Instant at, String error) {
		attempts++;
		lastError = error;
		if (attempts >= MAX_ATTEMPTS) {
			status = Status.FAILED;
			return;
		}
		nextAttemptAt = at.plus(Duration.ofSeconds(30L << (attempts - 1)));
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

	public String getLastError() {
		return lastError;
	}

}
