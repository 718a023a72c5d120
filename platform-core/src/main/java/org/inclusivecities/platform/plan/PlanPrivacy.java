package org.inclusivecities.platform.plan;

import java.util.EnumSet;
import java.util.Set;

/**
 * What of its published plan a city shows the public: every part unless the city hides it, and the sensitive
 * {@link PlanDetail}s only when the city shows them. {@link #DEFAULT} (no choice made yet) keeps every detail
 * private. Read by {@link PublicPlans} when the public asks, so a change applies to the published version at once.
 */
public record PlanPrivacy(Set<PlanPart> hiddenParts, Set<PlanDetail> shownDetails) {

	public static final PlanPrivacy DEFAULT = new PlanPrivacy(Set.of(), Set.of());

	public PlanPrivacy {
		hiddenParts = hiddenParts == null || hiddenParts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hiddenParts));
		shownDetails = shownDetails == null || shownDetails.isEmpty() ? Set.of()
				: Set.copyOf(EnumSet.copyOf(shownDetails));
	}

	public boolean shows(PlanPart part) {
		return !hiddenParts.contains(part);
	}

	/** A detail is public only when its part is and the city chose to show it (ratings also need the map). */
	public boolean shows(PlanDetail detail) {
		return shows(detail.part()) && shownDetails.contains(detail)
				&& (detail != PlanDetail.STAKEHOLDER_RATINGS || shownDetails.contains(PlanDetail.STAKEHOLDERS));
	}

}
