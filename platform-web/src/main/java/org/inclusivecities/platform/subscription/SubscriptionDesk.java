package org.inclusivecities.platform.subscription;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.inclusivecities.platform.mail.Mailer;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.SecretTokens;

import org.springframework.stereotype.Service;

/**
 * Double opt-in and one-click unsubscribe. Asking to subscribe always ends the same way for the asker (a
 * confirmation mail goes to the address), so the form never tells whether an address is on the list.
 */
@Service
public class SubscriptionDesk {

	private final Subscriptions subscriptions;

	private final Mailer mailer;

	private final Clock clock;

	SubscriptionDesk(Subscriptions subscriptions, Mailer mailer, Clock clock) {
		this.subscriptions = subscriptions;
		this.mailer = mailer;
		this.clock = clock;
	}

	/**
	 * Records (or re-sends) the request and mails a confirmation link to the address, unless the address had a
	 * confirmation mail very recently or too many today.
	 */
	public void subscribe(String email, Language language, Frequency frequency, String siteUrl) {
		Instant now = clock.instant();
		String normalised = email.strip().toLowerCase(Locale.ROOT);
		Subscription subscription = subscriptions.findByEmail(normalised)
			.orElseGet(() -> Subscription.pending(normalised, language, frequency, siteUrl, now));
		if (!subscription.mayMailConfirmation(now)) {
			return; // the mail sent a moment ago still holds a working link; the asker sees the same answer
		}
		subscription.requestedAgain(language, frequency, siteUrl);
		subscription.confirmationMailed(now);
		String token = subscription.issueConfirmToken(now);
		subscription = subscriptions.save(subscription);
		mailer.send(subscription.getEmail(), subscription.getLanguage().locale(), "subscription-confirm",
				Map.of("link", siteUrl + "/subscribe/confirm/" + token, "validDays",
						Subscription.CONFIRMATION_VALIDITY.toDays(), "frequency",
						subscription.getFrequency().name()));
	}

	/** Whether the confirmation link is known and not expired. */
	public boolean confirmable(String token) {
		return pendingConfirmation(token).isPresent();
	}

	/** Activates the subscription; false when the link is unknown, used or expired. */
	public boolean confirm(String token) {
		Optional<Subscription> subscription = pendingConfirmation(token);
		subscription.ifPresent(s -> {
			s.confirm(clock.instant());
			subscriptions.save(s);
		});
		return subscription.isPresent();
	}

	/** Whether the unsubscribe link belongs to a subscription. */
	public boolean unsubscribable(String token) {
		return byUnsubscribeToken(token).isPresent();
	}

	/** Deletes the subscription (address and all); false when the link is unknown. */
	public boolean unsubscribe(String token) {
		Optional<Subscription> subscription = byUnsubscribeToken(token);
		subscription.ifPresent(subscriptions::delete);
		return subscription.isPresent();
	}

	private Optional<Subscription> pendingConfirmation(String token) {
		return wellFormed(token, "c").flatMap(t -> subscriptions.findByConfirmTokenHash(SecretTokens.hash(t)))
			.filter(s -> s.confirmable(clock.instant()));
	}

	private Optional<Subscription> byUnsubscribeToken(String token) {
		return wellFormed(token, "u").flatMap(t -> subscriptions.findByUnsubscribeTokenHashes(SecretTokens.hash(t)));
	}

	private static Optional<String> wellFormed(String token, String prefix) {
		return Optional.ofNullable(token).filter(t -> t.length() < 100 && t.startsWith(prefix));
	}

}
