package org.inclusivecities.platform.plan;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A public recovery activity in the one-year schedule. {@code coDefined} records that people in recovery or
 * their families helped define it; only {@code publicActivity} ones appear on the public calendar.
 */
public record Activity(String id, String title, ActivityType type, LocalDate startDate, LocalDate endDate, Place place,
		Set<Aim> aims, List<String> partners, Boolean coDefined, Boolean publicActivity) {

	public Activity {
		id = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
		coDefined = Boolean.TRUE.equals(coDefined);
		publicActivity = Boolean.TRUE.equals(publicActivity);
		title = Texts.required("title", title, Texts.SHORT);
		if (type == null) {
			throw new InvalidPlanContent("type", "plan.error.required");
		}
		if (startDate == null) {
			throw new InvalidPlanContent("startDate", "plan.error.required");
		}
		if (endDate == null) {
			endDate = startDate;
		}
		if (endDate.isBefore(startDate)) {
			throw new InvalidPlanContent("endDate", "plan.error.endBeforeStart");
		}
		if (startDate.getYear() < 2000 || endDate.getYear() > 2100) {
			throw new InvalidPlanContent("startDate", "plan.error.dateRange");
		}
		if (place == null) {
			throw new InvalidPlanContent("place", "plan.error.required");
		}
		if (aims == null || aims.isEmpty()) {
			throw new InvalidPlanContent("aims", "plan.error.aimsRequired");
		}
		aims = Set.copyOf(EnumSet.copyOf(aims));
		partners = Rows.limit("partners", partners == null ? List.of()
				: partners.stream().map(p -> Texts.clean("partners", p, Texts.SHORT)).filter(p -> p != null).toList(), 30);
	}

	/** The schedule plans one year: an activity lasts at most a year (a longer effort is a series, or a goal). */
	void checkPlausible() {
		if (endDate.isAfter(startDate.plusYears(1))) {
			throw new InvalidPlanContent("endDate", "plan.error.activityTooLong");
		}
	}

	/** Whether any day of the activity falls within [from, to]. */
	public boolean overlaps(LocalDate from, LocalDate to) {
		return !endDate.isBefore(from) && !startDate.isAfter(to);
	}

}
