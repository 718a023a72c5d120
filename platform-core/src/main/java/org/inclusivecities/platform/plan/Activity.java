package org.inclusivecities.platform.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A public recovery activity in the one-year schedule. {@code coDefined} records that people in recovery or
 * their families helped define it; only {@code publicActivity} ones appear on the public calendar. Optionally it has
 * times of day (local to the place), a description, and, for a one-day activity, a recurrence until a last date.
 */
public record Activity(String id, String title, ActivityType type, LocalDate startDate, LocalDate endDate, Place place,
		Set<Aim> aims, List<String> partners, Boolean coDefined, Boolean publicActivity, LocalTime startTime,
		LocalTime endTime, Recurrence recurrence, LocalDate repeatUntil, String description) {

	/** At most this many occurrences of a repeating activity (two years of weekly ones). */
	public static final int MAX_OCCURRENCES = 104;

	/** An activity without times, recurrence or description. */
	public Activity(String id, String title, ActivityType type, LocalDate startDate, LocalDate endDate, Place place,
			Set<Aim> aims, List<String> partners, Boolean coDefined, Boolean publicActivity) {
		this(id, title, type, startDate, endDate, place, aims, partners, coDefined, publicActivity, null, null, null,
				null, null);
	}

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
		description = Texts.clean("description", description, Texts.LONG);
		if (endTime != null && startTime == null) {
			throw new InvalidPlanContent("startTime", "plan.error.startTimeFirst");
		}
		if (endTime != null && startDate.equals(endDate) && !endTime.isAfter(startTime)) {
			throw new InvalidPlanContent("endTime", "plan.error.endTimeBeforeStart");
		}
		recurrence = recurrence == null ? Recurrence.NONE : recurrence;
		if (recurrence == Recurrence.NONE) {
			repeatUntil = null;
		}
		else {
			if (!endDate.equals(startDate)) {
				throw new InvalidPlanContent("recurrence", "plan.error.recurrenceOneDay");
			}
			if (repeatUntil == null) {
				throw new InvalidPlanContent("repeatUntil", "plan.error.required");
			}
			if (!repeatUntil.isAfter(startDate)) {
				throw new InvalidPlanContent("repeatUntil", "plan.error.repeatUntilAfterStart");
			}
			if (repeatUntil.isAfter(startDate.plusYears(2))) {
				throw new InvalidPlanContent("repeatUntil", "plan.error.repeatTooLong");
			}
		}
	}

	/** The days it starts on: one, or every repetition up to {@code repeatUntil} (at most {@link #MAX_OCCURRENCES}). */
	public List<LocalDate> occurrences() {
		List<LocalDate> days = new ArrayList<>();
		for (int n = 0; n < MAX_OCCURRENCES; n++) {
			LocalDate day = recurrence.nth(startDate, n);
			if (n > 0 && (recurrence == Recurrence.NONE || day.isAfter(repeatUntil))) {
				break;
			}
			days.add(day);
		}
		return days;
	}

	/** The last day it takes place on, its repetitions included. */
	public LocalDate lastDay() {
		List<LocalDate> days = occurrences();
		return days.getLast().plusDays(endDate.toEpochDay() - startDate.toEpochDay());
	}

	public boolean repeats() {
		return recurrence != Recurrence.NONE;
	}

	/** The schedule plans one year: an activity lasts at most a year (a longer effort is a series, or a goal). */
	void checkPlausible() {
		if (endDate.isAfter(startDate.plusYears(1))) {
			throw new InvalidPlanContent("endDate", "plan.error.activityTooLong");
		}
	}

	/** Whether any day of the activity (of any of its repetitions) falls within [from, to]. */
	public boolean overlaps(LocalDate from, LocalDate to) {
		long length = endDate.toEpochDay() - startDate.toEpochDay();
		return occurrences().stream().anyMatch(day -> !day.plusDays(length).isBefore(from) && !day.isAfter(to));
	}

}
