package org.inclusivecities.platform.meetings.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.inclusivecities.platform.layout.IsoDates;
import org.inclusivecities.platform.meetings.EventDetails;
import org.inclusivecities.platform.meetings.EventKind;
import org.inclusivecities.platform.meetings.NetworkEvent;

import org.springframework.validation.Errors;

/**
 * What the announce and edit forms post, as typed: every value is text, parsed here; a value that does not parse is
 * an error on its field, and what parses is judged by {@link EventDetails#problems}. Never bound to the document.
 */
public record MeetingForm(String kind, String title, String description, String startDate, String startTime,
		String endDate, String endTime, String zone, String online, String link, String place, String latitude,
		String longitude, String language, String capacity) {

	static final String DEFAULT_ZONE = "Europe/Brussels";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

	static MeetingForm empty() {
		return new MeetingForm("", "", "", "", "", "", "", DEFAULT_ZONE, "", "", "", "", "", "en", "");
	}

	static MeetingForm of(NetworkEvent e) {
		return new MeetingForm(e.getKind().name(), e.getTitle(), e.getDescription(), e.start().toLocalDate().toString(),
				e.start().toLocalTime().format(TIME), e.end().toLocalDate().toString(),
				e.end().toLocalTime().format(TIME), e.getZone(), e.isOnline() ? "true" : "",
				e.getLink() == null ? "" : e.getLink(), e.getPlace() == null ? "" : e.getPlace(),
				e.getLatitude() == null ? "" : e.getLatitude().toString(),
				e.getLongitude() == null ? "" : e.getLongitude().toString(), e.getLanguage(),
				Integer.toString(e.getCapacity()));
	}

	/**
	 * The details typed, or empty with every unparseable value rejected on its field; the parsed details' own
	 * problems are the caller's to check (they depend on the time).
	 */
	Optional<EventDetails> parse(Errors errors) {
		EventKind parsedKind = parse(kind, k -> EventKind.valueOf(k.toUpperCase(Locale.ROOT)), errors, "kind",
				"meetings.error.kind");
		LocalDate startDay = day(startDate, errors, "startDate", "meetings.error.start");
		LocalTime startAt = errors.hasFieldErrors("startDate") ? null
				: parse(startTime, t -> LocalTime.parse(t, TIME), errors, "startDate", "meetings.error.start");
		LocalDate endDay = day(endDate, errors, "endDate", "meetings.error.end");
		LocalTime endAt = errors.hasFieldErrors("endDate") ? null
				: parse(endTime, t -> LocalTime.parse(t, TIME), errors, "endDate", "meetings.error.end");
		ZoneId parsedZone = parse(zone, ZoneId::of, errors, "zone", "meetings.error.zone");
		Double lat = parse(latitude, Double::valueOf, errors, "latitude", "meetings.error.coordinates");
		Double lng = errors.hasFieldErrors("latitude") ? null
				: parse(longitude, Double::valueOf, errors, "latitude", "meetings.error.coordinates");
		Integer places = parse(capacity, Integer::valueOf, errors, "capacity", "meetings.error.capacity");
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new EventDetails(parsedKind, title, description, startDay, startAt, endDay, endAt,
				parsedZone, "true".equals(online), link, place, lat, lng, language, places));
	}

	private static LocalDate day(String value, Errors errors, String field, String key) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Optional<LocalDate> day = IsoDates.parse(value);
		if (day.isEmpty()) {
			errors.rejectValue(field, key);
		}
		return day.orElse(null);
	}

	/** The parsed value, null when blank (the details then name what is missing), rejected when it does not parse. */
	private static <T> T parse(String value, java.util.function.Function<String, T> parser, Errors errors, String field,
			String key) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return parser.apply(value.strip());
		}
		catch (IllegalArgumentException | java.time.DateTimeException ex) {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, key);
			}
			return null;
		}
	}

}
