package org.inclusivecities.platform.plan.monitoring;

import java.time.LocalDate;

import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.Texts;

/** An activity that took place in the report's year, with how many came and what it achieved. */
public record HeldActivity(String title, LocalDate date, Integer attendance, String outcomes) {

	public HeldActivity {
		title = Texts.required("title", title, Texts.SHORT);
		if (date == null) {
			throw new InvalidPlanContent("date", "plan.error.required");
		}
		Values.check("date", date);
		if (attendance != null && (attendance < 0 || attendance > 10_000_000)) {
			throw new InvalidPlanContent("attendance", attendance < 0 ? "monitoring.error.negative" : "monitoring.error.tooLarge");
		}
		outcomes = Texts.clean("outcomes", outcomes, Texts.LONG);
	}

}
