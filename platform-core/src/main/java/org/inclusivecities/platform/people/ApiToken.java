package org.inclusivecities.platform.people;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A personal API token: the person's own key to the API. Only the SHA-256 digest of the value is kept; the
 * value itself is shown once, when the token is created.
 */
@Document("apiTokens")
public class ApiToken {

	/** Every token value starts with this, so a bearer token can be told apart from a JWT. */
	public static final String PREFIX = "icp_";

	@Id
	private String id;

	@Indexed
	private String personId;

	private String name;

	@Indexed(unique = true)
	private String hash;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant lastUsedAt;

	@Version
	private Long version;

	ApiToken() {
	}

	/** A token for a value the caller generated (or was configured); stores only its digest. */
	public static ApiToken of(String personId, String name, String value, Instant at, Instant expiresAt) {
		if (!value.startsWith(PREFIX)) {
			throw new IllegalArgumentException("API token values start with " + PREFIX);
		}
		ApiToken token = new ApiToken();
		token.personId = personId;
		token.name = name.strip();
		token.hash = SecretTokens.hash(value);
		token.createdAt = at;
		token.expiresAt = expiresAt;
		return token;
	}

	public boolean isExpired(Instant at) {
		return expiresAt != null && !at.isBefore(expiresAt);
	}

	public void usedAt(Instant at) {
		lastUsedAt = at;
	}

	public String getId() {
		return id;
	}

	public String getPersonId() {
		return personId;
	}

	public String getName() {
		return name;
	}

	public String getHash() {
		return hash;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public Instant getLastUsedAt() {
		return lastUsedAt;
	}

}
