package org.inclusivecities.platform.plan.monitoring;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.Texts;

/** What an indicator measures, from where it starts and where it should get to. */
public record IndicatorDefinition(String name, String unit, Double baselineValue, LocalDate baselineDate,
		Double targetValue, LocalDate targetDate, Frequency frequency, Set<Aim> aims, List<String> activityIds) {

	public IndicatorDefinition {
		name = Texts.required("name", name, Texts.SHORT);
		unit = Texts.required("unit", unit, 50);
		Values.check("baselineValue", baselineValue);
		Values.check("targetValue", targetValue);
		Values.check("baselineDate", baselineDate);
		Values.check("targetDate", targetDate);
		if ((baselineValue == null) != (baselineDate == null)) {
			throw new InvalidPlanContent(baselineValue == null ? "baselineValue" : "baselineDate",
					"monitoring.error.baselinePair");
		}
		if (baselineDate != null && targetDate != null && !targetDate.isAfter(baselineDate)) {
			throw new InvalidPlanContent("targetDate", "monitoring.error.targetBeforeBaseline");
		}
		if (frequency == null) {
			throw new InvalidPlanContent("frequency", "plan.error.required");
		}
		aims = aims == null || aims.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(aims));
		activityIds = activityIds == null ? List.of() : List.copyOf(activityIds);
		if (activityIds.size() > 200) {
			throw new InvalidPlanContent("activityIds", "plan.error.tooMany", 200);
		}
	}

	public boolean hasBaseline() {
		return baselineValue != null;
	}

}
