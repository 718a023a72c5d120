package org.inclusivecities.platform.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule finds each way a test can read the system's time, and lets a read of a given clock pass. */
class SystemTimeRulesTest {

	@Test
	void findsEveryReadOfTheSystemsTimeAndNoneOfAClock() {
		assertThat(SystemTimeRules.violations(Samples.class.getPackageName(), Set.of()))
			.filteredOn(v -> v.startsWith(Samples.class.getName()))
			.hasSize(4)
			.anyMatch(v -> v.contains("systemInstant") && v.endsWith("Instant.now"))
			.anyMatch(v -> v.contains("systemDay") && v.endsWith("LocalDate.now"))
			.anyMatch(v -> v.contains("systemDayInUtc") && v.endsWith("LocalDate.now"))
			.anyMatch(v -> v.contains("systemClock") && v.endsWith("Clock.systemUTC"))
			.noneMatch(v -> v.contains("clockDay"));
	}

	@Test
	void aClassNamedAsAClockIsLeftOut() {
		assertThat(SystemTimeRules.violations(Samples.class.getPackageName(), Set.of("SystemTimeRulesTest")))
			.noneMatch(v -> v.startsWith(Samples.class.getName()));
	}

	/** Reads of the time, right and wrong. */
	static class Samples {

		Instant systemInstant() {
			return Instant.now();
		}

		LocalDate systemDay() {
			return LocalDate.now();
		}

		LocalDate systemDayInUtc() {
			return LocalDate.now(ZoneOffset.UTC);
		}

		Clock systemClock() {
			return Clock.systemUTC();
		}

		LocalDate clockDay(Clock clock) {
			return LocalDate.now(clock);
		}

	}

}
