package org.inclusivecities.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in every {@link PlatformIntegrationTest}: it runs with the system's time until a test moves
 * it ({@link #moveTo}, {@link #advance}) and then runs on from there, so waiting a year takes no time and everything
 * the application stamps meanwhile (created, due, expired) follows. Tests read "now" from it, never from the system,
 * so what they seed and what they expect agree with what the application sees. Moved back after each test class
 * ({@link HarnessClockReset}), since classes may share a context.
 */
public final class HarnessClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

	/** From now on the clock reads {@code instant}, and runs on from there. */
	public void moveTo(Instant instant) {
		offset = Duration.between(Instant.now(), instant);
	}

	/** Moves the clock forward (or back, for a negative duration). */
	public void advance(Duration duration) {
		offset = offset.plus(duration);
	}

	/** Back to the system's time. */
	public void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return zone.equals(ZoneOffset.UTC) ? this : Clock.offset(Clock.system(zone), offset);
	}

}
