package org.inclusivecities.platform.join;

import java.util.Set;

import org.inclusivecities.platform.city.City;

/** A city the network already knows that an application resembles, and why. */
public record LikelyDuplicate(City city, Set<DuplicateReason> reasons) {

	public LikelyDuplicate {
		reasons = Set.copyOf(reasons);
	}

	/** Whether the city's contact is the same: shown as "the same contact address", never the address itself. */
	public boolean sameContact() {
		return reasons.contains(DuplicateReason.SAME_CONTACT);
	}

}
