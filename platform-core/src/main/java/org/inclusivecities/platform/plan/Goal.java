package org.inclusivecities.platform.plan;

import java.time.LocalDate;

public record Goal(String text, GoalTerm term, LocalDate targetDate) {

	public Goal {
		text = Texts.required("text", text, Texts.LONG);
		if (term == null) {
			throw new InvalidPlanContent("term", "plan.error.required");
		}
		if (targetDate != null && (targetDate.getYear() < 1000 || targetDate.getYear() > 9999)) {
			// an extended year (+999999999-12-31) parses as a date, but no plan means it and the database cannot hold it
			throw new InvalidPlanContent("targetDate", "plan.error.date");
		}
	}

	/** A goal of an action plan is reached in this century: a target in 1999 is a typing error. */
	void checkPlausible() {
		if (targetDate != null && (targetDate.getYear() < 2000 || targetDate.getYear() > 2100)) {
			throw new InvalidPlanContent("targetDate", "plan.error.dateRange");
		}
	}

}
