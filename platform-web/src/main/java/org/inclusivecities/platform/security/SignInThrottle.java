package org.inclusivecities.platform.security;

import java.time.Clock;

import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.SecretTokens;

import org.springframework.stereotype.Component;

/**
 * Counts failed password sign-ins per (email address, client address) and per client address (bucket4j buckets,
 * one token per failure). When either bucket is empty, sign-in from that client address is refused until the
 * window has passed, whether or not the account exists. Someone guessing a password therefore stops only
 * themselves: the owner signing in from their own address still gets in. Email addresses are kept only as
 * digests.
 */
@Component
class SignInThrottle {

	private final KeyedBuckets byAccountAndAddress;

	private final KeyedBuckets byAddress;

	SignInThrottle(SignInProperties properties, Clock clock) {
		this.byAccountAndAddress = new KeyedBuckets(properties.maxFailures(), properties.window(), clock);
		this.byAddress = new KeyedBuckets(properties.maxFailuresPerAddress(), properties.window(), clock);
	}

	boolean isBlocked(String email, String address) {
		return byAccountAndAddress.isEmpty(key(email, address)) || byAddress.isEmpty(address);
	}

	void failed(String email, String address) {
		byAccountAndAddress.tryConsume(key(email, address));
		byAddress.tryConsume(address);
	}

	/** The owner signed in from this address: its failures for the account are forgotten. */
	void succeeded(String email, String address) {
		byAccountAndAddress.forget(key(email, address));
	}

	/** The owner proved control of the mailbox (a reset): the account's failures from every address are forgotten. */
	void succeeded(String email) {
		byAccountAndAddress.forgetAllStartingWith(emailKey(email) + "|");
	}

	private static String key(String email, String address) {
		return emailKey(email) + "|" + address;
	}

	private static String emailKey(String email) {
		return SecretTokens.hash(String.valueOf(Person.normalise(email)));
	}

}
