package org.inclusivecities.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

	final MovableClock clock = new MovableClock();

	final SignInThrottle throttle = new SignInThrottle(new SignInProperties(5, 20, Duration.ofMinutes(15)), clock);

	@Test
	void fiveFailuresLockTheEmailFromThatAddressForTheWindowWhateverItsSpelling() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("Ana@example.org", "10.0.0.1");
		}
		assertThat(throttle.isBlocked("ana@example.org", "10.0.0.1")).isFalse();
		throttle.failed(" ANA@example.org", "10.0.0.1");
		assertThat(throttle.isBlocked("ana@example.org", "10.0.0.1")).isTrue();
		assertThat(throttle.isBlocked("bo@example.org", "10.0.0.1")).isFalse();
		clock.advance(Duration.ofMinutes(14));
		assertThat(throttle.isBlocked("ana@example.org", "10.0.0.1")).isTrue();
		clock.advance(Duration.ofMinutes(2));
		assertThat(throttle.isBlocked("ana@example.org", "10.0.0.1")).isFalse();
	}

	@Test
	void someoneGuessingLocksOnlyThemselvesOutNotTheOwnerElsewhere() {
		for (int i = 0; i < 10; i++) {
			throttle.failed("ana@example.org", "203.0.113.66");
		}
		assertThat(throttle.isBlocked("ana@example.org", "203.0.113.66")).isTrue();
		assertThat(throttle.isBlocked("ana@example.org", "10.0.0.2")).isFalse();
	}

	@Test
	void successForgetsTheFailuresFromThatAddressAndAResetFromEveryAddress() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("cy@example.org", "10.0.0.1");
			throttle.failed("cy@example.org", "10.0.0.2");
		}
		throttle.succeeded("cy@example.org", "10.0.0.1");
		assertThat(throttle.isBlocked("cy@example.org", "10.0.0.1")).isFalse();
		assertThat(throttle.isBlocked("cy@example.org", "10.0.0.2")).isTrue();
		throttle.succeeded("CY@example.org");
		assertThat(throttle.isBlocked("cy@example.org", "10.0.0.2")).isFalse();
	}

	@Test
	void twentyFailuresFromOneAddressLockThatAddress() {
		for (int i = 0; i < 20; i++) {
			throttle.failed("p" + i + "@example.org", "10.0.0.7");
		}
		assertThat(throttle.isBlocked("new@example.org", "10.0.0.7")).isTrue();
		assertThat(throttle.isBlocked("new@example.org", "10.0.0.8")).isFalse();
	}

	static class MovableClock extends Clock {

		Instant now = Instant.parse("2026-01-01T10:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
