package org.inclusivecities.platform.testing;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/** Moves the {@link HarnessClock} back to the system's time after each test class, for the next class of the context. */
public class HarnessClockReset implements TestExecutionListener {

	@Override
	public void afterTestClass(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			testContext.getApplicationContext().getBeanProvider(HarnessClock.class).ifAvailable(HarnessClock::reset);
		}
	}

}
