package org.inclusivecities.platform.layout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way the platform shows numbers and dates, in the reader's language: {@code ${#formats.number(x)}} in
 * templates and mails ({@link FormatsDialect}, in the template's language), {@code ${@figures.number(x)}} or these
 * methods in code. A count shows as a count ("14", never "14.0"), a fraction with the decimals it has (up to six), in
 * the reader's notation ("12.5" in English, "12,5" in Dutch), with thousands grouped. One date style ("3 December
 * 2026", with the weekday where a page needs it); a moment ({@link Instant}) in the network's time zone
 * ({@link #ZONE}) with the zone shown; local times of a place (an activity's "19:00") and times with their own
 * zone (a meeting's, whose zone the page names) as they are.
 */
@Component("figures")
public class Figures {

	static final int MAX_DECIMALS = 6;

	/** The network's time zone: the secretariat's. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

	private static final String DATE = "d MMMM yyyy";

	private static final String DAY = "EEEE d MMMM yyyy";

	private static final String TIME = "HH:mm";

	public String number(Number value) {
		return number(value, LocaleContextHolder.getLocale());
	}

	public static String number(Number value, Locale locale) {
		if (value == null) {
			return "";
		}
		BigDecimal exact = new BigDecimal(value.toString()).setScale(MAX_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(0);
		format.setMaximumFractionDigits(MAX_DECIMALS);
		return format.format(exact);
	}

	/** "3 December 2026"; a moment on its day in the network's zone. */
	public static String date(Object value, Locale locale) {
		return format(value, DATE, locale);
	}

	/** "Thursday 3 December 2026". */
	public static String day(Object value, Locale locale) {
		return format(value, DAY, locale);
	}

	/** "19:00": a local time (or the time of a local date-time) as it is; a moment in the network's zone with it. */
	public static String time(Object value, Locale locale) {
		return value instanceof Instant ? moment(value, TIME, locale) : format(value, TIME, locale);
	}

	/** "3 December 2026, 19:00"; a moment in the network's zone, with the zone ("3 December 2026, 19:00 CET"). */
	public static String dateTime(Object value, Locale locale) {
		return value instanceof Instant || value instanceof Date ? moment(value, DATE + ", " + TIME, locale)
				: format(value, DATE + ", " + TIME, locale);
	}

	/** "Thursday 3 December 2026, 19:00"; a moment in the network's zone, with the zone. */
	public static String dayTime(Object value, Locale locale) {
		return value instanceof Instant || value instanceof Date ? moment(value, DAY + ", " + TIME, locale)
				: format(value, DAY + ", " + TIME, locale);
	}

	private static String moment(Object value, String pattern, Locale locale) {
		ZonedDateTime at = zoned(value);
		return at == null ? "" : DateTimeFormatter.ofPattern(pattern + " zzz", locale).format(at);
	}

	private static String format(Object value, String pattern, Locale locale) {
		TemporalAccessor temporal = value instanceof Instant || value instanceof Date ? zoned(value)
				: (TemporalAccessor) value;
		return temporal == null ? "" : DateTimeFormatter.ofPattern(pattern, locale).format(temporal);
	}

	private static ZonedDateTime zoned(Object value) {
		return switch (value) {
			case null -> null;
			case Instant i -> i.atZone(ZONE);
			case Date d -> d.toInstant().atZone(ZONE);
			default -> throw new IllegalArgumentException("Not a moment: " + value.getClass().getName());
		};
	}

}
