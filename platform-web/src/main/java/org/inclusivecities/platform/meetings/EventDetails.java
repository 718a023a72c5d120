package org.inclusivecities.platform.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.layout.WebAddress;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.Texts;

/**
 * What an organiser says about a network event, already parsed: the kind, title and description, the local start
 * and end (date and time) in the event's zone, online (a link) or in person (a place, optionally coordinates), the
 * language and the capacity. {@link #problems(Instant)} names each field that is not acceptable, with the message
 * key saying why, so a form shows every error beside its field and the domain refuses the same values.
 */
public record EventDetails(EventKind kind, String title, String description, LocalDate startDate,
		LocalTime startTime, LocalDate endDate, LocalTime endTime, ZoneId zone, boolean online, String link,
		String place, Double latitude, Double longitude, String language, Integer capacity) {

	static final int TITLE_MAX = Texts.SHORT;

	static final int DESCRIPTION_MAX = Texts.LONG;

	static final int PLACE_MAX = Texts.SHORT;

	static final int LINK_MAX = 500;

	static final int CAPACITY_MAX = 100_000;

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	public ZonedDateTime start() {
		return startDate == null || startTime == null || zone == null ? null : ZonedDateTime.of(startDate, startTime, zone);
	}

	public ZonedDateTime end() {
		return endDate == null || endTime == null || zone == null ? null : ZonedDateTime.of(endDate, endTime, zone);
	}

	/** Field → message key of every unacceptable value, in the order of the form; empty when all is well. */
	public Map<String, String> problems(Instant now) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (kind == null) {
			problems.put("kind", "meetings.error.kind");
		}
		text(problems, "title", title, TITLE_MAX);
		text(problems, "description", description, DESCRIPTION_MAX);
		if (zone == null) {
			problems.put("zone", "meetings.error.zone");
		}
		if (startDate == null || startTime == null) {
			problems.put("startDate", "meetings.error.start");
		}
		else if (zone != null && !start().toInstant().isAfter(now)) {
			problems.put("startDate", "meetings.error.start.past");
		}
		if (endDate == null || endTime == null) {
			problems.put("endDate", "meetings.error.end");
		}
		else if (start() != null && !end().isAfter(start())) {
			problems.put("endDate", "meetings.error.end.beforeStart");
		}
		if (online && (!WebAddress.isHttp(link) || link.strip().length() > LINK_MAX)) {
			problems.put("link", "meetings.error.link");
		}
		if (!online) {
			text(problems, "place", place, PLACE_MAX);
		}
		if ((latitude == null) != (longitude == null) || (latitude != null && (!Double.isFinite(latitude)
				|| !Double.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180))) {
			problems.put("latitude", "meetings.error.coordinates");
		}
		if (blank(language) || !LANGUAGES.contains(language.strip().toLowerCase(Locale.ROOT))) {
			problems.put("language", "meetings.error.language");
		}
		if (capacity == null || capacity < 1 || capacity > CAPACITY_MAX) {
			problems.put("capacity", "meetings.error.capacity");
		}
		return problems;
	}

	/** Required free text of at most {@code max} characters, as plan entries are ({@link Texts#required}). */
	private static void text(Map<String, String> problems, String field, String value, int max) {
		try {
			Texts.required(field, value, max);
		}
		catch (InvalidPlanContent ex) {
			problems.put(field, "meetings.error." + field);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
