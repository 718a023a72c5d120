package org.inclusivecities.platform.people;

import java.time.Duration;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A password reset link that was mailed: valid for {@link #VALIDITY}, usable once. Only the SHA-256 digest
 * of the secret in the link is stored.
 */
@Document("passwordResetTokens")
public class PasswordResetToken {

	public static final Duration VALIDITY = Duration.ofHours(1);

	@Id
	private String id;

	@Indexed(unique = true)
	private String hash;

	@Indexed
	private String personId;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant usedAt;

	@Version
	private Long version;

	PasswordResetToken() {
	}

	public static PasswordResetToken of(String personId, String value, Instant at) {
		PasswordResetToken token = new PasswordResetToken();
		token.hash = SecretTokens.hash(value);
		token.personId = personId;
		token.createdAt = at;
		token.expiresAt = at.plus(VALIDITY);
		return token;
	}

	public boolean isUsable(Instant at) {
		return usedAt == null && at.isBefore(expiresAt);
	}

	/** Marks the link used; refuses when it was used before or has expired. */
	public void use(Instant at) {
		if (!isUsable(at)) {
			throw new IllegalStateException("Reset link used or expired");
		}
		usedAt = at;
	}

	/** Makes an open link unusable (another link was used, the password is set). */
	public void invalidate(Instant at) {
		if (usedAt == null) {
			usedAt = at;
		}
	}

	public String getId() {
		return id;
	}

	public String getPersonId() {
		return personId;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public Instant getUsedAt() {
		return usedAt;
	}

}
