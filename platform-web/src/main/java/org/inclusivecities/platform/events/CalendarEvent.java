package org.inclusivecities.platform.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.plan.Activity;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.springframework.web.util.UriUtils;

/**
 * An event as the recovery calendar shows it: a public activity of a listed city's latest published plan (all-day,
 * from a {@code type} of activity), or an event another feature contributes through a {@link CalendarSource} (with
 * exact times in its zone, {@code type} null). The uid is stable across edits, so calendar clients update, not
 * duplicate; {@code labelKey} is the message key of what kind of event it is, {@code path} the page it links to,
 * {@code cityName} who organises it.
 */
public record CalendarEvent(String uid, String title, ActivityType type, LocalDate startDate, LocalDate endDate,
		String place, Double latitude, Double longitude, List<Aim> aims, String cityName, String citySlug,
		String country, Instant firstPublishedAt, String labelKey, String path, ZonedDateTime startsAt,
		ZonedDateTime endsAt, String description, LocalTime fromTime, LocalTime untilTime) {

	/**
	 * The events of a public activity: one, or one per repetition (each with its own uid); with its local times of
	 * day when it has them; linked to the activity's public page.
	 */
	static List<CalendarEvent> of(City city, Activity activity, Instant firstPublishedAt) {
		long length = activity.endDate().toEpochDay() - activity.startDate().toEpochDay();
		String path = "/cities/" + UriUtils.encodePathSegment(city.getSlug(), "UTF-8") + "/activities/"
				+ UriUtils.encodePathSegment(activity.id(), "UTF-8");
		return activity.occurrences()
			.stream()
			.map(day -> new CalendarEvent(
					"activity-" + activity.id() + (activity.repeats() ? "-" + day : "") + "@inclusive-cities",
					activity.title(), activity.type(), day, day.plusDays(length), activity.place().name(),
					activity.place().latitude(), activity.place().longitude(),
					activity.aims().stream().sorted().toList(), city.getName(), city.getSlug(), city.getCountry(),
					firstPublishedAt, "plan.type." + activity.type(), path, null, null, activity.description(),
					activity.startTime(), activity.endTime()))
			.toList();
	}

	/**
	 * An event with exact start and end times, from another feature: {@code where} is its place or online address,
	 * {@code organiser} who organises it, {@code citySlug} and {@code country} of the organising city (null when the
	 * network's secretariat organises it).
	 */
	public static CalendarEvent timed(String uid, String title, String labelKey, String path, ZonedDateTime startsAt,
			ZonedDateTime endsAt, String where, Double latitude, Double longitude, String organiser, String citySlug,
			String country, Instant announcedAt, String description) {
		return new CalendarEvent(uid, title, null, startsAt.toLocalDate(), endsAt.toLocalDate(), where, latitude,
				longitude, List.of(), organiser, citySlug, country, announcedAt, labelKey, path, startsAt, endsAt,
				description, null, null);
	}

	public boolean located() {
		return latitude != null && longitude != null;
	}

	/** Whether it has local times of day without a zone (an activity at 19:00 wherever it is held). */
	public boolean localTimes() {
		return startsAt == null && fromTime != null;
	}

	/** Whether it has exact times (else it lasts whole days). */
	public boolean timed() {
		return startsAt != null;
	}

	/** Where it takes place as a calendar client shows it. */
	public String location() {
		return timed() ? place : place + ", " + cityName;
	}

}
