package org.inclusivecities.platform.subscription;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.SecretTokens;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Someone who asked for the digest of new practices and events. Not tenant data. The only personal data is the
 * address and the language; tokens are kept as SHA-256 digests only. Deleted when the person unsubscribes.
 */
@Document("subscriptions")
class Subscription {

	/** Double opt-in state. */
	enum Status {
		PENDING, CONFIRMED
	}

	static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(7);

	static final int CONFIRM_MAILS_PER_DAY = 3;

	static final Duration CONFIRM_MAIL_SPACING = Duration.ofMinutes(2);

	/** Unsubscribe links of the most recent mails that keep working. */
	static final int KEPT_UNSUBSCRIBE_LINKS = 24;

	@Id
	private String id;

	@Indexed(unique = true)
	private String email;

	private Language language;

	private Frequency frequency;

	private Status status;

	@Indexed(sparse = true)
	private String confirmTokenHash;

	private Instant confirmExpiresAt;

	@Indexed
	private List<String> unsubscribeTokenHashes = new ArrayList<>();

	/** The site's base URL when the person subscribed: links in digests sent by the scheduler. */
	private String siteUrl;

	private Instant createdAt;

	private Instant confirmedAt;

	private Instant lastSentAt;

	/** When confirmation mails went out in the last day: the form must not become a way to flood an inbox. */
	private List<Instant> confirmMailsSentAt = new ArrayList<>();

	@Version
	private Long version;

	Subscription() {
	}

	static Subscription pending(String email, Language language, Frequency frequency, String siteUrl, Instant at) {
		Subscription subscription = new Subscription();
		subscription.email = email;
		subscription.language = language;
		subscription.frequency = frequency;
		subscription.status = Status.PENDING;
		subscription.siteUrl = siteUrl;
		subscription.createdAt = at;
		return subscription;
	}

	/** While still pending, a new request may change the choices; a confirmed subscription keeps them. */
	void requestedAgain(Language language, Frequency frequency, String siteUrl) {
		if (status == Status.PENDING) {
			this.language = language;
			this.frequency = frequency;
			this.siteUrl = siteUrl;
		}
	}

	/**
	 * Whether another confirmation mail may go to this address now: at most {@value #CONFIRM_MAILS_PER_DAY} a day,
	 * and not within {@link #CONFIRM_MAIL_SPACING} of the previous one (whose link still works).
	 */
	boolean mayMailConfirmation(Instant at) {
		if (confirmMailsSentAt == null) {
			confirmMailsSentAt = new ArrayList<>();
		}
		confirmMailsSentAt.removeIf(sent -> sent.isBefore(at.minus(Duration.ofDays(1))));
		return confirmMailsSentAt.size() < CONFIRM_MAILS_PER_DAY && (confirmMailsSentAt.isEmpty()
				|| !at.isBefore(confirmMailsSentAt.getLast().plus(CONFIRM_MAIL_SPACING)));
	}

	void confirmationMailed(Instant at) {
		confirmMailsSentAt.add(at);
	}

	/** A fresh confirmation token (returned once, stored as a digest), valid for seven days. */
	String issueConfirmToken(Instant at) {
		String token = SecretTokens.generate("c");
		confirmTokenHash = SecretTokens.hash(token);
		confirmExpiresAt = at.plus(CONFIRMATION_VALIDITY);
		return token;
	}

	/** A fresh unsubscribe token for one mail; older mails' links keep working for a while. */
	String issueUnsubscribeToken() {
		String token = SecretTokens.generate("u");
		unsubscribeTokenHashes.add(SecretTokens.hash(token));
		while (unsubscribeTokenHashes.size() > KEPT_UNSUBSCRIBE_LINKS) {
			unsubscribeTokenHashes.removeFirst();
		}
		return token;
	}

	boolean confirmable(Instant at) {
		return confirmExpiresAt != null && at.isBefore(confirmExpiresAt);
	}

	/** Activates a pending subscription; confirming an active one changes nothing but using up the link. */
	void confirm(Instant at) {
		if (status == Status.PENDING) {
			status = Status.CONFIRMED;
			confirmedAt = at;
		}
		confirmTokenHash = null;
		confirmExpiresAt = null;
	}

	/** The instant new content is counted from: the last digest, else the confirmation. */
	Instant since() {
		return lastSentAt != null ? lastSentAt : confirmedAt;
	}

	/** By calendar day (UTC): the daily job must not skip a day for a confirmation a few hours later in the day. */
	boolean due(Instant at) {
		return status == Status.CONFIRMED && !LocalDate.ofInstant(at, ZoneOffset.UTC)
			.isBefore(LocalDate.ofInstant(frequency.nextAfter(since()), ZoneOffset.UTC));
	}

	void digestSent(Instant at) {
		lastSentAt = at;
	}

	String getId() {
		return id;
	}

	String getEmail() {
		return email;
	}

	Language getLanguage() {
		return language;
	}

	Frequency getFrequency() {
		return frequency;
	}

	Status getStatus() {
		return status;
	}

	String getSiteUrl() {
		return siteUrl;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getConfirmedAt() {
		return confirmedAt;
	}

	Instant getLastSentAt() {
		return lastSentAt;
	}

}
