package org.inclusivecities.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.inclusivecities.platform.people.ApiToken;
import org.inclusivecities.platform.people.ApiTokens;
import org.inclusivecities.platform.people.SecretTokens;

import org.springframework.stereotype.Service;

/** A person's own API tokens: created with a value shown once, listed, revoked. Always scoped to the person. */
@Service
public class PersonalApiTokens {

	private final ApiTokens tokens;

	private final Clock clock;

	PersonalApiTokens(ApiTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/** A new token and its value: the only moment the value exists outside the caller's hands. */
	public Created create(String personId, String name, Integer validDays) {
		Instant now = clock.instant();
		Instant expiresAt = validDays == null ? null : now.plus(Duration.ofDays(validDays));
		String value = SecretTokens.generate(ApiToken.PREFIX);
		return new Created(tokens.save(ApiToken.of(personId, name, value, now, expiresAt)), value);
	}

	public List<ApiToken> of(String personId) {
		return tokens.findAllByPersonIdOrderByCreatedAtDesc(personId);
	}

	/** Revokes one of the person's tokens; false when they have no such token. */
	public boolean revoke(String personId, String tokenId) {
		return tokens.deleteByPersonIdAndId(personId, tokenId) > 0;
	}

	/** A token that was just created, with its value. */
	public record Created(ApiToken token, String value) {

		@Override
		public String toString() {
			return "Created[" + token.getId() + "]";
		}

	}

}
