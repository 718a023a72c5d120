package org.inclusivecities.platform.plan.monitoring;

import java.time.LocalDate;

import org.inclusivecities.platform.plan.InvalidPlanContent;

/** Guards for measured numbers and dates: finite, not negative, not absurd; dates in a plausible range. */
final class Values {

	static final double MAX = 1_000_000_000d;

	private Values() {
	}

	static Double check(String field, Double value) {
		if (value == null) {
			return null;
		}
		if (value.isNaN() || value.isInfinite()) {
			throw new InvalidPlanContent(field, "monitoring.error.notANumber");
		}
		if (value < 0) {
			throw new InvalidPlanContent(field, "monitoring.error.negative");
		}
		if (value > MAX) {
			throw new InvalidPlanContent(field, "monitoring.error.tooLarge");
		}
		return value;
	}

	static LocalDate check(String field, LocalDate date) {
		if (date != null && (date.getYear() < 2000 || date.getYear() > 2100)) {
			throw new InvalidPlanContent(field, "plan.error.dateRange");
		}
		return date;
	}

}
