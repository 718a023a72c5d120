package org.inclusivecities.platform.city;

import java.util.EnumSet;
import java.util.Set;

/** Where a city stands in the network. Accreditation is tracked by the review module, not here. */
public enum CityStatus {

	/** Applied to join; waiting for the secretariat. Not listed publicly. */
	APPLIED,
	/** Application declined by the secretariat. Not listed publicly. */
	DECLINED,
	/** Member of the network. */
	MEMBER,
	/** Membership suspended by the secretariat. */
	SUSPENDED,
	/** Left the network. Not listed publicly. */
	LEFT,
	/** A duplicate record merged by the secretariat into another city ({@link City#getMergedInto()}). Not listed. */
	MERGED,
	/** A duplicate record without content removed by the secretariat. Not listed; kept for its history. */
	REMOVED;

	/** The statuses the public directory lists. */
	public static final Set<CityStatus> LISTED = EnumSet.of(MEMBER, SUSPENDED);

	boolean canMoveTo(CityStatus next) {
		return switch (this) {
			case APPLIED -> next == MEMBER || next == DECLINED;
			case MEMBER -> next == SUSPENDED || next == LEFT || next == MERGED || next == REMOVED;
			case SUSPENDED -> next == MEMBER || next == LEFT || next == MERGED || next == REMOVED;
			case DECLINED, LEFT, MERGED, REMOVED -> false;
		};
	}

}
