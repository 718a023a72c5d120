package org.inclusivecities.platform.plan;

import java.time.LocalDate;

public record Goal(String text, GoalTerm term, LocalDate targetDate) {

	public Goal {
		text = Texts.required("text", text, Texts.LONG);
		if (term == null) {
			throw new InvalidPlanContent("term", "plan.error.required");
		}
		if (targetDate != null && (targetDate.getYear() < 2000 || targetDate.getYear() > 2100)) {
			// a goal of an action plan is reached in this century (a target in 1999 or +999999999 is a typing error)
			throw new InvalidPlanContent("targetDate", "plan.error.dateRange");
		}
	}

}
