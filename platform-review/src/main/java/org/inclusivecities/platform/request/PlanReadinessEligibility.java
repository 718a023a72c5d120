package org.inclusivecities.platform.request;

import java.util.List;

import org.inclusivecities.platform.plan.PlanReadiness;
import org.inclusivecities.platform.plan.ReadinessItem;

import org.springframework.stereotype.Component;

/**
 * Accreditation eligibility is the action plan's charter readiness: one rule set, in the plan feature,
 * used both while editing the plan and when a city asks for accreditation.
 */
@Component
class PlanReadinessEligibility implements AccreditationEligibility {

	private final PlanReadiness readiness;

	PlanReadinessEligibility(PlanReadiness readiness) {
		this.readiness = readiness;
	}

	@Override
	public List<String> missingItems(String cityId) {
		return readiness.assess(cityId).missing().stream().map(ReadinessItem::messageKey).toList();
	}

}
