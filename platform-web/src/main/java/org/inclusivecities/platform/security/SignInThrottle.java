package org.inclusivecities.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
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

	private static final int MAX_TRACKED = 50_000;

	private final Map<String, Bucket> byEmail = new ConcurrentHashMap<>();

	private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();

	private final SignInProperties properties;

	private final TimeMeter time;

	SignInThrottle(SignInProperties properties, Clock clock) {
		this.properties = properties;
		this.time = new ClockTimeMeter(clock);
	}

	boolean isBlocked(String email, String address) {
		return empty(byEmail.get(emailKey(email))) || empty(byAddress.get(address));
	}

	void failed(String email, String address) {
		bucket(byEmail, emailKey(email), properties.maxFailures()).tryConsume(1);
		bucket(byAddress, address, properties.maxFailuresPerAddress()).tryConsume(1);
	}

	void succeeded(String email) {
		byEmail.remove(emailKey(email));
	}

	private static boolean empty(Bucket bucket) {
		return bucket != null && bucket.getAvailableTokens() <= 0;
	}

	private Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
		if (buckets.size() > MAX_TRACKED) {
			buckets.values().removeIf(b -> b.getAvailableTokens() >= capacity);
		}
		return buckets.computeIfAbsent(key, k -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, properties.window()).build())
			.withCustomTimePrecision(time)
			.build());
	}

	private static String emailKey(String email) {
		return SecretTokens.hash(String.valueOf(Person.normalise(email)));
	}

	/** Bucket4j's notion of time taken from the platform clock, so tests can move time. */
	private record ClockTimeMeter(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
