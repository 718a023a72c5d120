package org.inclusivecities.platform.plan.monitoring;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/** How often an indicator is measured. */
public enum Frequency {

	MONTHLY(Period.ofMonths(1)), QUARTERLY(Period.ofMonths(3)), TWICE_A_YEAR(Period.ofMonths(6)),
	YEARLY(Period.ofYears(1)), PER_ACTIVITY(null);

	private final Period period;

	Frequency(Period period) {
		this.period = period;
	}

	/** Whether measurements follow the calendar (every {@link #PER_ACTIVITY} one follows the activities instead). */
	public boolean calendar() {
		return period != null;
	}

	/** The day a measurement is next due after one on {@code last}; empty for {@link #PER_ACTIVITY}. */
	public Optional<LocalDate> after(LocalDate last) {
		return period == null ? Optional.empty() : Optional.of(last.plus(period));
	}

}
