package org.inclusivecities.platform.pool;

import java.time.LocalDate;

/** An inclusive range of days, e.g. when a reviewer is unavailable or when a review takes place. */
public record Period(LocalDate from, LocalDate to) {

	public Period {
		if (from == null || to == null || to.isBefore(from)) {
			throw new IllegalArgumentException("A period needs a start on or before its end");
		}
	}

	public boolean overlaps(Period other) {
		return !other.to.isBefore(from) && !other.from.isAfter(to);
	}

}
