package org.inclusivecities.platform.plan.web;

import java.util.Map;

import org.inclusivecities.platform.layout.LabelledEnums;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.AttendeeGroup;
import org.inclusivecities.platform.plan.ConsentBasis;
import org.inclusivecities.platform.plan.CouncilProfile;
import org.inclusivecities.platform.plan.EngagementLevel;
import org.inclusivecities.platform.plan.GoalTerm;
import org.inclusivecities.platform.plan.Level;
import org.inclusivecities.platform.plan.Recurrence;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.plan.monitoring.Frequency;
import org.inclusivecities.platform.plan.monitoring.ImportPreview;
import org.inclusivecities.platform.plan.monitoring.ReportStatus;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the labels of the plan's enums are in the plan bundle, for {@code @labels}. */
@Configuration(proxyBeanMethods = false)
class PlanLabels {

	@Bean
	LabelledEnums planEnums() {
		return new LabelledEnums(Map.ofEntries(Map.entry(Level.class, "plan.level"),
				Map.entry(EngagementLevel.class, "plan.engagement"), Map.entry(Sector.class, "plan.sector"),
				Map.entry(CouncilProfile.class, "plan.profile"), Map.entry(ActivityType.class, "plan.type"),
				Map.entry(Aim.class, "plan.aim"), Map.entry(AttendeeGroup.class, "plan.attendee"),
				Map.entry(GoalTerm.class, "plan.term"), Map.entry(Recurrence.class, "plan.recurrence"),
				Map.entry(Frequency.class, "plan.frequency"), Map.entry(ReportStatus.class, "monitoring.report.state"),
				Map.entry(ImportPreview.Change.class, "monitoring.preview.change"),
				Map.entry(ConsentBasis.class, "plan.consent.basis")));
	}

}
