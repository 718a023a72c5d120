package org.inclusivecities.platform.security;

import java.time.Clock;

import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.SecretTokens;

import org.springframework.stereotype.Component;

/**
 * Counts failed password sign-ins per email address and per client address (bucket4j buckets, one token
 * per failure). When either bucket is empty, sign-in is refused until the window has passed, whether or
 * not the account exists. Email addresses are kept only as digests.
 */
@Component
class SignInThrottle {

	private final KeyedBuckets byEmail;

	private final KeyedBuckets byAddress;

	SignInThrottle(SignInProperties properties, Clock clock) {
		this.byEmail = new KeyedBuckets(properties.maxFailures(), properties.window(), clock);
		this.byAddress = new KeyedBuckets(properties.maxFailuresPerAddress(), properties.window(), clock);
	}

	boolean isBlocked(String email, String address) {
		return byEmail.isEmpty(emailKey(email)) || byAddress.isEmpty(address);
	}

	void failed(String email, String address) {
		byEmail.tryConsume(emailKey(email));
		byAddress.tryConsume(address);
	}

	void succeeded(String email) {
		byEmail.forget(emailKey(email));
	}

	private static String emailKey(String email) {
		return SecretTokens.hash(String.valueOf(Person.normalise(email)));
	}

}
