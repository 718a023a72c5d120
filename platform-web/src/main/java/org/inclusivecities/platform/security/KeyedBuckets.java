package org.inclusivecities.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * One bucket4j token bucket per key (an address, an email digest): {@code capacity} tokens refilled every
 * {@code window}, on the platform clock so tests can move time. Memory stays bounded: past a number of keys, full
 * buckets are forgotten. Per instance, in memory: a limit for abuse, not an accounting.
 */
final class KeyedBuckets {

	private static final int MAX_TRACKED = 50_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int capacity;

	private final Duration window;

	private final TimeMeter time;

	KeyedBuckets(int capacity, Duration window, Clock clock) {
		this.capacity = capacity;
		this.window = window;
		this.time = new ClockTimeMeter(clock);
	}

	/** Takes a token; false when the key has none left. */
	boolean tryConsume(String key) {
		return bucket(key).tryConsume(1);
	}

	boolean isEmpty(String key) {
		Bucket bucket = buckets.get(key);
		return bucket != null && bucket.getAvailableTokens() <= 0;
	}

	void forget(String key) {
		buckets.remove(key);
	}

	void forgetAllStartingWith(String prefix) {
		buckets.keySet().removeIf(key -> key.startsWith(prefix));
	}

	private Bucket bucket(String key) {
		if (buckets.size() > MAX_TRACKED) {
			buckets.values().removeIf(b -> b.getAvailableTokens() >= capacity);
		}
		return buckets.computeIfAbsent(key, k -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, window).build())
			.withCustomTimePrecision(time)
			.build());
	}

	/** Bucket4j's notion of time taken from the platform clock. */
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
