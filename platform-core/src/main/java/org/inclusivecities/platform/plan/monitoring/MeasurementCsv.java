package org.inclusivecities.platform.plan.monitoring;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.inclusivecities.platform.plan.monitoring.ImportPreview.Change;

import org.springframework.stereotype.Service;

/**
 * Measurements from an uploaded file (CSV or XLSX, columns indicator_id, indicator_name, date, value, source, note).
 * A measurement is identified by indicator and date: importing a file again updates what changed and adds nothing
 * twice. First {@link #preview} what a file would do, then {@link #importFrom} it; an import is all or nothing:
 * every bad row is reported with its line, column and reason, and then nothing is written.
 */
@Service
public class MeasurementCsv {

	static final String[] HEADER = { "indicator_id", "indicator_name", "date", "value", "source", "note" };

	static final int MAX_ROWS = 5000;

	private final IndicatorService indicators;

	private final Clock clock;

	MeasurementCsv(IndicatorService indicators, Clock clock) {
		this.indicators = indicators;
		this.clock = clock;
	}

	/** A CSV template listing the city's indicators (with a byte order mark, so Excel reads its accents). */
	public String template(String cityId) {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
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

	/** The same template as an Excel workbook. */
	public byte[] templateXlsx(String cityId) {
		return MeasurementWorkbook.template(HEADER, indicators.list(cityId));
	}

	/** What importing the file would add and change; nothing is written. */
	public ImportPreview preview(String cityId, byte[] file) {
		return plan(cityId, file).preview();
	}

	/** Imports every row or none: new dates are added, changed ones updated; returns what was done. */
	public ImportPreview importFrom(String cityId, byte[] file) {
		Plan plan = plan(cityId, file);
		Map<String, List<Measurement>> byIndicator = new LinkedHashMap<>();
		for (int i = 0; i < plan.rows().size(); i++) {
			if (plan.preview().rows().get(i).change() != Change.UNCHANGED) {
				MeasurementRows.Parsed row = plan.rows().get(i);
				byIndicator.computeIfAbsent(row.indicatorId(), k -> new ArrayList<>()).add(row.measurement());
			}
		}
		byIndicator.forEach((id, measurements) -> indicators.record(cityId, id, measurements));
		return plan.preview();
	}

	private record Plan(List<MeasurementRows.Parsed> rows, ImportPreview preview) {
	}

	private Plan plan(String cityId, byte[] file) {
		Map<String, Indicator> known = indicators.list(cityId)
			.stream()
			.collect(Collectors.toMap(Indicator::getId, Function.identity()));
		List<MeasurementRows.Parsed> rows = MeasurementRows.parse(MeasurementFile.read(file, MAX_ROWS), known.keySet(),
				LocalDate.now(clock));
		List<ImportPreview.Row> preview = new ArrayList<>();
		for (MeasurementRows.Parsed row : rows) {
			Indicator indicator = known.get(row.indicatorId());
			Measurement m = row.measurement();
			List<Measurement> before = indicator.getMeasurements().stream().filter(e -> e.date().equals(m.date())).toList();
			Change change = before.isEmpty() ? Change.NEW
					: before.size() == 1 && same(before.getFirst(), m) ? Change.UNCHANGED : Change.CHANGED;
			preview.add(new ImportPreview.Row(row.line(), indicator.getId(), indicator.getDefinition().name(),
					indicator.getDefinition().unit(), m.date(), before.isEmpty() ? null : before.getFirst().value(),
					m.value(), change));
		}
		return new Plan(rows, new ImportPreview(preview));
	}

	private static boolean same(Measurement a, Measurement b) {
		return a.value() == b.value() && Objects.equals(a.source(), b.source()) && Objects.equals(a.note(), b.note());
	}


}
