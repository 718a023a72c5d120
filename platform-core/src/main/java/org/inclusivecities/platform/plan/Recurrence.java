package org.inclusivecities.platform.plan;

import java.time.LocalDate;

/** How a one-day activity repeats (a monthly recovery café): not, every week, or every month on the same day. */
public enum Recurrence {

	NONE, WEEKLY, MONTHLY;

	/** The {@code n}-th date from {@code first} (0 is {@code first}); a monthly date keeps to the month's last day. */
	LocalDate nth(LocalDate first, int n) {
		return switch (this) {
			case NONE -> first;
			case WEEKLY -> first.plusWeeks(n);
			case MONTHLY -> first.plusMonths(n);
		};
	}

}
