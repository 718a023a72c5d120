package org.inclusivecities.platform.events;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.inclusivecities.platform.plan.ActivityType;

/**
 * Turns request parameters into a {@link CalendarQuery}. The API is strict (first bad value → exception → 400);
 * the page is lenient (bad values are dropped and reported, so any link still shows a calendar).
 */
public final class CalendarQueries {

	public static final int MAX_SIZE = 100;

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private CalendarQueries() {
	}

	/** Raw parameters; page is zero-based. */
	public record Params(String country, String city, String type, String month, Integer page, Integer size) {
	}

	/** A lenient result: the query with bad values left out, and the errors found. */
	public record Lenient(CalendarQuery query, List<InvalidCalendarQuery> errors) {
	}

	public static CalendarQuery strict(Params params, int defaultSize) {
		Lenient result = lenient(params, defaultSize);
		if (!result.errors().isEmpty()) {
			throw result.errors().getFirst();
		}
		return result.query();
	}

	public static Lenient lenient(Params p, int defaultSize) {
		List<InvalidCalendarQuery> errors = new ArrayList<>();
		String country = blank(p.country()) ? null : p.country().strip().toUpperCase(Locale.ROOT);
		if (country != null && !COUNTRIES.contains(country)) {
			errors.add(new InvalidCalendarQuery("country", "events.error.country",
					"country must be an ISO 3166-1 alpha-2 code"));
			country = null;
		}
		String city = blank(p.city()) ? null : p.city().strip().toLowerCase(Locale.ROOT);
		if (city != null && !city.matches("[a-z0-9-]{1,100}")) {
			errors.add(new InvalidCalendarQuery("city", "events.error.city", "city must be a city slug"));
			city = null;
		}
		ActivityType type = null;
		if (!blank(p.type())) {
			try {
				type = ActivityType.valueOf(p.type().strip().toUpperCase(Locale.ROOT).replace('-', '_'));
			}
			catch (IllegalArgumentException ex) {
				errors.add(new InvalidCalendarQuery("type", "events.error.type", "type must be an activity type"));
			}
		}
		YearMonth month = null;
		if (!blank(p.month())) {
			try {
				month = YearMonth.parse(p.month().strip());
				if (month.getYear() < 2000 || month.getYear() > 2100) {
					throw new DateTimeParseException("out of range", p.month(), 0);
				}
			}
			catch (DateTimeParseException ex) {
				month = null;
				errors.add(new InvalidCalendarQuery("month", "events.error.month",
						"month must be a year and month as YYYY-MM between 2000 and 2100"));
			}
		}
		int page = p.page() == null ? 0 : p.page();
		if (page < 0) {
			errors.add(new InvalidCalendarQuery("page", "events.error.page", "page must be 0 or more"));
			page = 0;
		}
		int size = p.size() == null ? defaultSize : p.size();
		if (size < 1 || size > MAX_SIZE) {
			errors.add(new InvalidCalendarQuery("size", "events.error.size", "size must be between 1 and 100"));
			size = defaultSize;
		}
		return new Lenient(new CalendarQuery(country, city, type, month, page, size), List.copyOf(errors));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
