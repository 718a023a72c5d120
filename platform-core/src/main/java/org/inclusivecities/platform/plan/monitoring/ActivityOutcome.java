package org.inclusivecities.platform.plan.monitoring;

import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.Texts;

/**
 * What became of an activity the plan scheduled for the report's year: held (how many took part, what it achieved)
 * or not held (why). Keyed by the planned activity's id; its title is kept so the report still reads after the plan
 * changes.
 */
public record ActivityOutcome(String activityId, String title, boolean held, Integer participants, String notes,
		String reason) {

	public ActivityOutcome {
		if (activityId == null || activityId.isBlank()) {
			throw new InvalidPlanContent("activityId", "plan.error.required");
		}
		title = Texts.required("title", title, Texts.SHORT);
		if (held) {
			if (participants != null && (participants < 0 || participants > 10_000_000)) {
				throw new InvalidPlanContent("participants",
						participants < 0 ? "monitoring.error.negative" : "monitoring.error.tooLarge");
			}
			notes = Texts.clean("notes", notes, Texts.LONG);
			reason = null;
		}
		else {
			reason = Texts.required("reason", reason, Texts.LONG);
			participants = null;
			notes = null;
		}
	}

	public static ActivityOutcome held(String activityId, String title, Integer participants, String notes) {
		return new ActivityOutcome(activityId, title, true, participants, notes, null);
	}

	public static ActivityOutcome notHeld(String activityId, String title, String reason) {
		return new ActivityOutcome(activityId, title, false, null, null, reason);
	}

}
