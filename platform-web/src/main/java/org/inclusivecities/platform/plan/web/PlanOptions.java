package org.inclusivecities.platform.plan.web;

import java.util.List;

import org.inclusivecities.platform.plan.monitoring.Frequency;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.CouncilProfile;
import org.inclusivecities.platform.plan.EngagementLevel;
import org.inclusivecities.platform.plan.GoalTerm;
import org.inclusivecities.platform.plan.Level;
import org.inclusivecities.platform.plan.Recurrence;
import org.inclusivecities.platform.plan.Sector;

/** The choices the plan forms offer (templates may not reach enums statically). */
record PlanOptions(List<CouncilProfile> profiles, List<Sector> sectors, List<ActivityType> types, List<Aim> aims,
		List<GoalTerm> terms, List<Level> levels, List<EngagementLevel> engagements, List<Frequency> frequencies,
		List<Recurrence> recurrences) {

	static final PlanOptions ALL = new PlanOptions(List.of(CouncilProfile.values()), List.of(Sector.values()),
			List.of(ActivityType.values()), List.of(Aim.values()), List.of(GoalTerm.values()), List.of(Level.values()),
			List.of(EngagementLevel.values()), List.of(Frequency.values()), List.of(Recurrence.values()));

}
