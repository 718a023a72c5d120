package org.inclusivecities.platform.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.SecretTokens;

/**
 * A place at a meeting (a seat or on the waiting list): a signed-in person ({@code personId}), or someone of the
 * public who registered by email and confirmed it ({@code personId} null; their {@code email} and {@code language}
 * are all that is kept, and the email is never shown). {@code keyHashes} are the digests of the secret keys in the
 * latest mails about it (the personal calendar file, the cancel link); the keys themselves are not stored.
 */
public record Registration(String personId, String name, Instant registeredAt, String email, Language language,
		List<String> keyHashes) {

	/** Keys of the most recent mails that keep working. */
	static final int KEPT_KEYS = 10;

	public Registration {
		keyHashes = keyHashes == null ? List.of() : List.copyOf(keyHashes);
	}

	/** A signed-in person's place. */
	public Registration(String personId, String name, Instant registeredAt) {
		this(personId, name, registeredAt, null, null, List.of());
	}

	/** The place of someone who registered by email. */
	static Registration byEmail(String name, String email, Language language, Instant registeredAt) {
		return new Registration(null, name, registeredAt, email, language, List.of());
	}

	/** Whether this is the signed-in person's place. */
	public boolean isOf(String personId) {
		return this.personId != null && this.personId.equals(personId);
	}

	/** Whether this is the place of whoever registered with this email (without signing in). */
	boolean isOfEmail(String address) {
		return personId == null && email != null && email.equals(address);
	}

	/** Whether one of the latest mails' keys is this one. */
	boolean holds(String key) {
		return keyHashes.contains(SecretTokens.hash(key));
	}

	/** The same place with one more key (the oldest ones forgotten). */
	Registration withKeyHash(String hash) {
		List<String> kept = new ArrayList<>(keyHashes);
		kept.add(hash);
		while (kept.size() > KEPT_KEYS) {
			kept.removeFirst();
		}
		return new Registration(personId, name, registeredAt, email, language, kept);
	}

}
