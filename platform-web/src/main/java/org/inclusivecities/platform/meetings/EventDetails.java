package org.inclusivecities.platform.meetings;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an organiser says about a network event, already parsed: the kind, title and description, the local start
 * and end (date and time) in the event's zone, online (a link) or in person (a place, optionally coordinates), the
 * language and the capacity. {@link #problems(Instant)} names each field that is not acceptable, with the message
 * key saying why, so a form shows every error beside its field and the domain refuses the same values.
 */
public record EventDetails(EventKind kind, String title, String description, LocalDate startDate,
		LocalTime startTime, LocalDate endDate, LocalTime endTime, ZoneId zone, boolean online, String link,
		String place, Double latitude, Double longitude, String language, Integer capacity) {

	static final int TITLE_MAX = 200;

	static final int DESCRIPTION_MAX = 5000;

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
		if (blank(title) || title.strip().length() > TITLE_MAX) {
			problems.put("title", "meetings.error.title");
		}
		if (blank(description) || description.strip().length() > DESCRIPTION_MAX) {
			problems.put("description", "meetings.error.description");
		}
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
		if (online && !httpLink(link)) {
			problems.put("link", "meetings.error.link");
		}
		if (!online && blank(place)) {
			problems.put("place", "meetings.error.place");
		}
		if ((latitude == null) != (longitude == null) || (latitude != null && (Math.abs(latitude) > 90
				|| Math.abs(longitude) > 180))) {
			problems.put("latitude", "meetings.error.coordinates");
		}
		if (blank(language) || !LANGUAGES.contains(language.strip().toLowerCase(Locale.ROOT))) {
			problems.put("language", "meetings.error.language");
		}
		if (capacity == null || capacity < 1) {
			problems.put("capacity", "meetings.error.capacity");
		}
		return problems;
	}

	/** An absolute http or https address with a host. */
	static boolean httpLink(String value) {
		if (blank(value)) {
			return false;
		}
		try {
			URI uri = new URI(value.strip());
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (java.net.URISyntaxException | DateTimeException ex) {
			return false;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
