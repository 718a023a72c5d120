package org.inclusivecities.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.inclusivecities.platform.mail.Mailer;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.PasswordPolicy;
import org.inclusivecities.platform.people.PasswordResetToken;
import org.inclusivecities.platform.people.PasswordResetTokens;
import org.inclusivecities.platform.people.SecretTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * "Forgot your password": mails a single-use link valid for an hour to the address, if it belongs to
 * someone; the caller always tells the visitor the same thing, so nobody learns who has an account.
 */
@Service
public class PasswordResets {

	private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

	/** Unused, unexpired links per person at most: stops anyone from flooding a mailbox. */
	static final int MAX_OPEN_LINKS = 3;

	private final People people;

	private final PasswordResetTokens tokens;

	private final Mailer mailer;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final Executor executor;

	private final SignInThrottle throttle;

	private final ApplicationEventPublisher events;

	PasswordResets(People people, PasswordResetTokens tokens, Mailer mailer, PasswordEncoder encoder, Clock clock,
			SignInThrottle throttle, @Qualifier("applicationTaskExecutor") ObjectProvider<Executor> executor,
			ApplicationEventPublisher events) {
		this.events = events;
		this.throttle = throttle;
		this.executor = executor.getIfAvailable(() -> Runnable::run);
		this.people = people;
		this.tokens = tokens;
		this.mailer = mailer;
		this.encoder = encoder;
		this.clock = clock;
	}

	/**
	 * Sends a reset link to the address when it has an account; does nothing visible otherwise. The work
	 * happens in the background, so the answer takes as long whether or not the address has an account.
	 */
	public void request(String email, String baseUrl) {
		executor.execute(() -> {
			try {
				send(email, baseUrl);
			}
			catch (RuntimeException ex) {
				// no address in the log: it is personal data
				log.error("Password reset request failed: {}", ex.getClass().getName());
			}
		});
	}

	private void send(String email, String baseUrl) {
		Optional<Person> found = people.findByEmail(Person.normalise(email));
		if (found.isEmpty()) {
			return;
		}
		Person person = found.get();
		Instant now = clock.instant();
		List<PasswordResetToken> open = tokens.findAllByPersonIdAndUsedAtIsNull(person.getId())
			.stream()
			.filter(t -> t.isUsable(now))
			.toList();
		if (open.size() >= MAX_OPEN_LINKS) {
			return;
		}
		String value = SecretTokens.generate("");
		tokens.save(PasswordResetToken.of(person.getId(), value, now));
		mailer.send(person.getEmail(), person.getLanguage().locale(), "password-reset",
				Map.of("name", person.getDisplayName(), "link", baseUrl + "/password-reset/" + value, "validMinutes",
						PasswordResetToken.VALIDITY.toMinutes()));
	}

	/** The person a still usable link belongs to. */
	public Optional<Person> personFor(String token) {
		Instant now = clock.instant();
		return tokens.findByHash(SecretTokens.hash(token))
			.filter(t -> t.isUsable(now))
			.flatMap(t -> people.findById(t.getPersonId()));
	}

	/**
	 * Sets the new password and uses up the link (and every other open link of the person). The caller
	 * has checked {@link PasswordPolicy}; returns false when the link was used or expired meanwhile.
	 */
	public boolean reset(String token, String password) {
		Instant now = clock.instant();
		Optional<PasswordResetToken> found = tokens.findByHash(SecretTokens.hash(token)).filter(t -> t.isUsable(now));
		if (found.isEmpty()) {
			return false;
		}
		PasswordResetToken resetToken = found.get();
		Optional<Person> person = people.findById(resetToken.getPersonId());
		if (person.isEmpty() || !PasswordPolicy.acceptable(password, person.get().getEmail())) {
			return false;
		}
		try {
			resetToken.use(now);
			tokens.save(resetToken);
		}
		catch (OptimisticLockingFailureException ex) {
			return false;
		}
		person.get().changePassword(encoder.encode(password));
		people.save(person.get());
		// whoever was guessing the old password, the owner has proven control of the mailbox
		throttle.succeeded(person.get().getEmail());
		// whoever was signed in with the old password is signed out
		events.publishEvent(new PasswordChanged(person.get().getId()));
		for (PasswordResetToken other : tokens.findAllByPersonIdAndUsedAtIsNull(resetToken.getPersonId())) {
			other.invalidate(now);
			tokens.save(other);
		}
		return true;
	}

}
