package org.inclusivecities.platform.plan.monitoring;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.inclusivecities.platform.plan.InvalidPlanContent;

import org.springframework.stereotype.Service;

/**
 * Measurements in and out of CSV (columns indicator_id, indicator_name, date, value, source, note). An import is
 * all or nothing: every bad row is reported with its line number and reason, and then nothing is written.
 */
@Service
public class MeasurementCsv {

	static final String[] HEADER = { "indicator_id", "indicator_name", "date", "value", "source", "note" };

	static final int MAX_ROWS = 5000;

	private final IndicatorService indicators;

	MeasurementCsv(IndicatorService indicators) {
		this.indicators = indicators;
	}

	/** A template listing the city's indicators; rows left without date and value are skipped on import. */
	public String template(String cityId) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
			for (Indicator indicator : indicators.list(cityId)) {
				printer.printRecord(indicator.getId(), indicator.getDefinition().name(), "", "", "", "");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** Imports every row or none; returns the number of measurements added. */
	public int importFrom(String cityId, Reader csv) {
		Set<String> known = indicators.list(cityId).stream().map(Indicator::getId).collect(Collectors.toSet());
		Map<String, List<Measurement>> byIndicator = new LinkedHashMap<>();
		List<RowError> errors = new ArrayList<>();
		int count = 0;
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.get()
			.parse(csv)) {
			List<String> missing = java.util.Arrays.stream(new String[] { "indicator_id", "date", "value" })
				.filter(h -> !parser.getHeaderMap().containsKey(h))
				.toList();
			if (!missing.isEmpty()) {
				throw new MeasurementImportRejected(
						List.of(new RowError(1, null, "monitoring.import.missingColumns", List.of(String.join(", ", missing)))));
			}
			for (CSVRecord row : parser) {
				long line = row.getRecordNumber() + 1;
				if (row.getRecordNumber() > MAX_ROWS) {
					errors.add(new RowError(line, null, "monitoring.import.tooManyRows", List.of(MAX_ROWS)));
					break;
				}
				if (blank(row, "date") && blank(row, "value")) {
					continue;
				}
				String id = get(row, "indicator_id");
				if (!known.contains(id)) {
					errors.add(new RowError(line, "indicator_id", "monitoring.import.unknownIndicator", List.of(id)));
					continue;
				}
				try {
					Measurement m = new Measurement(null, date(get(row, "date")), number(get(row, "value")),
							get(row, "source"), get(row, "note"));
					byIndicator.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
					count++;
				}
				catch (InvalidPlanContent ex) {
					errors.add(new RowError(line, ex.field(), ex.messageKey(), java.util.List.of(ex.args())));
				}
			}
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw new MeasurementImportRejected(List.of(new RowError(1, null, "monitoring.import.unreadable", List.of())));
		}
		if (!errors.isEmpty()) {
			throw new MeasurementImportRejected(errors);
		}
		if (count == 0) {
			throw new MeasurementImportRejected(List.of(new RowError(1, null, "monitoring.import.empty", List.of())));
		}
		byIndicator.forEach((id, measurements) -> indicators.record(cityId, id, measurements));
		return count;
	}

	private static boolean blank(CSVRecord row, String column) {
		String value = get(row, column);
		return value == null || value.isBlank();
	}

	private static String get(CSVRecord row, String column) {
		return row.isMapped(column) && row.isSet(column) ? row.get(column) : null;
	}

	private static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidPlanContent("date", "monitoring.error.date");
		}
	}

	private static double number(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidPlanContent("value", "plan.error.required");
		}
		try {
			return Double.parseDouble(text.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new InvalidPlanContent("value", "monitoring.error.notANumber");
		}
	}

}
