package org.inclusivecities.platform.plan.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.layout.IsoDates;
import org.inclusivecities.platform.plan.InvalidPlanContent;

import org.springframework.validation.BindingResult;

/**
 * Turns form text into values. Forms hold text only, so a wrong date or number never breaks binding; each
 * {@code check*} records a field error and the matching parse method is then safe to call.
 */
final class Parse {

	private Parse() {
	}

	static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return IsoDates.parse(text).orElseThrow(() -> new InvalidPlanContent(field, "plan.error.date"));
	}

	/** A time of day as hours and minutes ({@code 19:00}, also {@code 19.00} or {@code 9:30}); null when empty. */
	static java.time.LocalTime time(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		java.util.regex.Matcher hhmm = java.util.regex.Pattern.compile("(\\d{1,2})[:.h](\\d{2})").matcher(text.strip());
		if (!hhmm.matches()) {
			throw new InvalidPlanContent(field, "plan.error.time");
		}
		int hours = Integer.parseInt(hhmm.group(1));
		int minutes = Integer.parseInt(hhmm.group(2));
		if (hours > 23 || minutes > 59) {
			throw new InvalidPlanContent(field, "plan.error.time");
		}
		return java.time.LocalTime.of(hours, minutes);
	}

	static Double number(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			double value = Double.parseDouble(text.strip().replace(',', '.'));
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new InvalidPlanContent(field, "plan.error.number");
		}
	}

	static Integer whole(String field, String text) {
		Double value = number(field, text);
		if (value == null) {
			return null;
		}
		if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
			throw new InvalidPlanContent(field, "plan.error.wholeNumber");
		}
		return value.intValue();
	}

	static <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidPlanContent(field, "plan.error.choice");
		}
	}

	static <E extends Enum<E>> Set<E> choices(String field, List<String> texts, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		if (texts != null) {
			texts.forEach(t -> values.add(choice(field, t, type)));
		}
		return values;
	}

	static boolean yes(String text) {
		return "true".equals(text) || "on".equals(text);
	}

	/** Runs a parse and records its refusal as a field error instead of stopping. */
	static void check(BindingResult errors, Runnable parse) {
		try {
			parse.run();
		}
		catch (InvalidPlanContent ex) {
			PlanWeb.reject(errors, ex);
		}
	}

	static void required(BindingResult errors, String field, Object value) {
		if (value == null || value instanceof String s && s.isBlank()
				|| value instanceof java.util.Collection<?> c && c.isEmpty()) {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "plan.error.required");
			}
		}
	}

}
