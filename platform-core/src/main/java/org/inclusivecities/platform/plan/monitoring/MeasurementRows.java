package org.inclusivecities.platform.plan.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.inclusivecities.platform.plan.InvalidPlanContent;

/**
 * The rows of a measurements file checked one by one: every problem is collected with its line and column, so
 * the person sees all of them at once, and the file is refused when there is any.
 */
final class MeasurementRows {

	/** A row that can be imported. */
	record Parsed(long line, String indicatorId, Measurement measurement) {
	}

	static final List<String> REQUIRED = List.of("indicator_id", "date", "value");

	/** Dates as Belgian, Dutch, British and Irish spreadsheets write them: day first. */
	private static final List<DateTimeFormatter> DAY_FIRST = List.of(DateTimeFormatter.ofPattern("d-M-uuuu"),
			DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"))
		.stream()
		.map(f -> f.withResolverStyle(ResolverStyle.STRICT))
		.toList();

	/** 1234 · 1234.5 · 1234,5 · 1.234,5 · 1,234.5 · 1 234,5 */
	private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?|-?\\d{1,3}([., ]\\d{3})+([.,]\\d+)?");

	private MeasurementRows() {
	}

	static List<Parsed> parse(MeasurementFile.Table table, Set<String> knownIndicators, LocalDate today) {
		List<String> missing = REQUIRED.stream().filter(c -> !table.columns().contains(c)).toList();
		if (!missing.isEmpty()) {
			throw new MeasurementImportRejected(List.of(new RowError(1, null, "monitoring.import.missingColumns",
					List.of(String.join(", ", missing), String.join(", ", table.columns().stream()
						.filter(c -> !c.isBlank())
						.toList())))));
		}
		List<RowError> errors = new ArrayList<>();
		List<Parsed> rows = new ArrayList<>();
		Map<String, Long> seen = new HashMap<>();
		for (MeasurementFile.Line line : table.lines()) {
			if (line.blank() || (line.get("date") == null && line.get("value") == null)) {
				continue;
			}
			String id = line.get("indicator_id");
			List<RowError> rowErrors = new ArrayList<>();
			if (id == null) {
				rowErrors.add(error(line, "indicator_id", "monitoring.import.noIndicator"));
			}
			else if (!knownIndicators.contains(id)) {
				rowErrors.add(error(line, "indicator_id", "monitoring.import.unknownIndicator", id));
			}
			LocalDate date = date(line, today, rowErrors);
			Double value = number(line, rowErrors);
			if (rowErrors.isEmpty()) {
				Long earlier = seen.putIfAbsent(id + "|" + date, line.number());
				if (earlier != null) {
					rowErrors.add(error(line, "date", "monitoring.import.duplicate", date.toString(), earlier));
				}
			}
			if (rowErrors.isEmpty()) {
				try {
					rows.add(new Parsed(line.number(), id,
							new Measurement(null, date, value, line.get("source"), line.get("note"))));
				}
				catch (InvalidPlanContent ex) {
					rowErrors.add(new RowError(line.number(), ex.field(), ex.messageKey(), List.of(ex.args())));
				}
			}
			errors.addAll(rowErrors);
		}
		if (!errors.isEmpty()) {
			throw new MeasurementImportRejected(errors);
		}
		if (rows.isEmpty()) {
			throw new MeasurementImportRejected(List.of(new RowError(0, null, "monitoring.import.empty", List.of())));
		}
		return rows;
	}

	private static LocalDate date(MeasurementFile.Line line, LocalDate today, List<RowError> errors) {
		String text = line.get("date");
		if (text == null) {
			errors.add(error(line, "date", "monitoring.import.noDate"));
			return null;
		}
		LocalDate date = parseDate(text);
		if (date == null) {
			errors.add(error(line, "date", "monitoring.import.notADate", text));
		}
		else if (date.isAfter(today)) {
			errors.add(error(line, "date", "monitoring.import.future", text));
		}
		else if (date.getYear() < 2000) {
			errors.add(error(line, "date", "monitoring.import.tooOld", text));
		}
		return date;
	}

	private static LocalDate parseDate(String text) {
		String plain = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) : text;
		try {
			return LocalDate.parse(plain);
		}
		catch (DateTimeParseException notIso) {
			for (DateTimeFormatter format : DAY_FIRST) {
				try {
					return LocalDate.parse(plain, format);
				}
				catch (DateTimeParseException ignored) {
					// try the next way of writing it
				}
			}
			return null;
		}
	}

	private static Double number(MeasurementFile.Line line, List<RowError> errors) {
		String text = line.get("value");
		if (text == null) {
			errors.add(error(line, "value", "monitoring.import.noValue"));
			return null;
		}
		Double value = parseNumber(text);
		if (value == null) {
			errors.add(error(line, "value", "monitoring.import.notANumber", text));
		}
		return value;
	}

	/** A number with a decimal point or a decimal comma, and thousands grouped or not. */
	static Double parseNumber(String text) {
		String plain = text.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
		if (!NUMBER.matcher(plain).matches()) {
			return null;
		}
		int comma = plain.lastIndexOf(',');
		int point = plain.lastIndexOf('.');
		int decimal = Math.max(comma, point);
		if (comma < 0 || point < 0) {
			char separator = comma >= 0 ? ',' : '.';
			if (decimal >= 0 && plain.indexOf(separator) != decimal) {
				decimal = -1; // 1.234.567 or 1,234,567: a repeated separator only groups thousands
			}
		}
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			if (Character.isDigit(c) || c == '-') {
				digits.append(c);
			}
			else if (i == decimal) {
				digits.append('.');
			}
		}
		return new BigDecimal(digits.toString()).doubleValue();
	}

	private static RowError error(MeasurementFile.Line line, String column, String key, Object... args) {
		return new RowError(line.number(), column, key, List.of(args));
	}

}
