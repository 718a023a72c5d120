package org.inclusivecities.platform.subscription;

import java.time.Instant;
import java.time.ZoneOffset;

/** How often a subscriber gets the digest. */
public enum Frequency {

	WEEKLY, MONTHLY;

	/** When the next digest is due after one sent (or the confirmation) at the given instant. */
	Instant nextAfter(Instant last) {
		var at = last.atZone(ZoneOffset.UTC);
		return (this == WEEKLY ? at.plusDays(7) : at.plusMonths(1)).toInstant();
	}

}
