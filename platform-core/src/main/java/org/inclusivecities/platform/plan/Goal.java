package org.inclusivecities.platform.plan;

import java.time.LocalDate;

public record Goal(String text, GoalTerm term, LocalDate targetDate) {

	public Goal {
		text = Texts.required("text", text, Texts.LONG);
		if (term == null) {
			throw new InvalidPlanContent("term", "plan.error.required");
		}
	}

}
