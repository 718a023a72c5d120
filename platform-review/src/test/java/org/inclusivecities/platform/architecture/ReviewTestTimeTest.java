package org.inclusivecities.platform.architecture;

import java.util.Set;

import org.inclusivecities.platform.testing.SystemTimeRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Review's tests read the time from the application's clock (see {@link SystemTimeRules}). */
class ReviewTestTimeTest {

	@Test
	void testsReadTheTimeFromTheApplicationsClock() {
		// ReviewTestApplication holds the review tests' clock, SystemTimeRulesTest (core's) its samples; ReviewFixture is still to be given it
		assertThat(SystemTimeRules.violations("org.inclusivecities.platform",
				Set.of("HarnessClock", "SystemTimeRulesTest", "ReviewTestApplication", "ReviewFixture"))).isEmpty();
	}

}
