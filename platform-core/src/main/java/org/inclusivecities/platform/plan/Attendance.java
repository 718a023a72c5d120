package org.inclusivecities.platform.plan;

/** How many people of one stakeholder group came to the kick-off. */
public record Attendance(AttendeeGroup group, int count) {

	public Attendance {
		if (group == null) {
			throw new InvalidPlanContent("attendance", "plan.error.required");
		}
		if (count < 0 || count > 100_000) {
			throw new InvalidPlanContent("attendance", count < 0 ? "plan.error.negative" : "plan.error.tooLargeCount");
		}
	}

}
