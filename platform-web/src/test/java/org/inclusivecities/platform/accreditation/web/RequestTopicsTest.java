package org.inclusivecities.platform.accreditation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.plan.Activities;
import org.inclusivecities.platform.plan.Activity;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.Baseline;
import org.inclusivecities.platform.plan.EngagementLevel;
import org.inclusivecities.platform.plan.Level;
import org.inclusivecities.platform.plan.Place;
import org.inclusivecities.platform.plan.PlanSnapshot;
import org.inclusivecities.platform.plan.Practice;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.plan.Stakeholder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A request's topics are the plan's activity types and baseline sectors: the tags reviewers declare expertise in. */
class RequestTopicsTest {

	@Test
	void activityTypesAndBaselineSectorsOnce() {
		LocalDate day = LocalDate.of(2026, 9, 12);
		PlanSnapshot plan = new PlanSnapshot(null, null, null,
				new Baseline(List.of(new Practice(Sector.EMPLOYMENT, "Job coaching", null)),
						List.of(new Stakeholder("Housing corporation", Sector.HOUSING, null, Level.HIGH, Level.LOW,
								EngagementLevel.CONSULT), new Stakeholder("Employers' club", Sector.EMPLOYMENT, null,
										Level.LOW, Level.HIGH, EngagementLevel.INFORM))),
				new Activities(List.of(activity("Recovery walk", ActivityType.RECOVERY_WALK, day),
						activity("Second walk", ActivityType.RECOVERY_WALK, day.plusDays(7)),
						activity("Café", ActivityType.RECOVERY_CAFE, day))),
				null, null);
		assertThat(RequestTopics.of(plan)).containsExactlyInAnyOrder("recovery-walk", "recovery-cafe", "employment",
				"housing");
	}

	@Test
	void anEmptyPlanHasNoTopics() {
		assertThat(RequestTopics.of(new PlanSnapshot(null, null, null, null, null, null, null))).isEmpty();
	}

	private static Activity activity(String title, ActivityType type, LocalDate date) {
		return new Activity(null, title, type, date, date, new Place("Park", null, null),
				Set.of(Aim.MAKE_RECOVERY_VISIBLE), List.of(), true, true);
	}

}
