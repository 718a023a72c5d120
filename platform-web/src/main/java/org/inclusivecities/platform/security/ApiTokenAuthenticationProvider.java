package org.inclusivecities.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.inclusivecities.platform.people.ApiToken;
import org.inclusivecities.platform.people.ApiTokens;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.SecretTokens;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Authenticates {@code icp_...} bearer tokens against the digests of personal API tokens, refusing expired
 * ones and tokens of people who no longer exist; notes when the token was last used (at most once a minute).
 * Deliberately not a bean: a lone AuthenticationProvider bean would replace password sign-in.
 */
class ApiTokenAuthenticationProvider implements AuthenticationProvider {

	private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	private final ApiTokens tokens;

	private final People people;

	private final Clock clock;

	ApiTokenAuthenticationProvider(ApiTokens tokens, People people, Clock clock) {
		this.tokens = tokens;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String value = ((BearerTokenAuthenticationToken) authentication).getToken();
		Instant now = clock.instant();
		ApiToken token = tokens.findByHash(SecretTokens.hash(value))
			.filter(t -> !t.isExpired(now))
			.orElseThrow(() -> new InvalidBearerTokenException("Unknown, revoked or expired API token"));
		Person person = people.findById(token.getPersonId())
			.orElseThrow(() -> new InvalidBearerTokenException("Unknown, revoked or expired API token"));
		if (token.getLastUsedAt() == null || token.getLastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
			token.usedAt(now);
			try {
				tokens.save(token);
			}
			catch (OptimisticLockingFailureException ex) {
				// a parallel call noted the use already
			}
		}
		return new ApiAuthentication(person);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
