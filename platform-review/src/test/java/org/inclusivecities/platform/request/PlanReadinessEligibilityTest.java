package org.inclusivecities.platform.request;

import java.util.List;

import org.inclusivecities.platform.plan.PlanReadiness;
import org.inclusivecities.platform.plan.Readiness;
import org.inclusivecities.platform.plan.ReadinessItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class PlanReadinessEligibilityTest {

	private final PlanReadiness readiness = mock(PlanReadiness.class);

	private final PlanReadinessEligibility eligibility = new PlanReadinessEligibility(readiness);

	@Test
	void aCityIsEligibleExactlyWhenEveryCharterItemIsMet() {
		when(readiness.assess("gent")).thenReturn(new Readiness(List.of(
				new ReadinessItem("mission", true, "plan.readiness.mission.met", List.of(), List.of(), "mission")),
				List.of()));
		when(readiness.assess("leuven")).thenReturn(new Readiness(List.of(
				new ReadinessItem("mission", true, "plan.readiness.mission.met", List.of(), List.of(), "mission"),
				new ReadinessItem("council", false, "plan.readiness.council.too-small", List.of(2), List.of(), "council")),
				List.of()));

		assertThat(eligibility.missingItems("gent")).isEmpty();
		assertThat(eligibility.missingItems("leuven")).containsExactly("plan.readiness.council.too-small");
	}

}
