package org.inclusivecities.platform.plan.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** Files as spreadsheets write them, read into measurements; every way a file can be wrong named in words. */
class MeasurementFileTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	static final Set<String> KNOWN = Set.of("ind-1", "ind-2");

	static List<MeasurementRows.Parsed> parse(byte[] file) {
		return MeasurementRows.parse(MeasurementFile.read(file, 5000), KNOWN, TODAY);
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static List<Tuple> errors(byte[] file) {
		try {
			parse(file);
		}
		catch (MeasurementImportRejected ex) {
			return ex.errors().stream().map(e -> tuple(e.line(), e.column(), e.messageKey())).toList();
		}
		throw new AssertionError("the file was accepted");
	}

	@Test
	void aByteOrderMarkBeforeTheFirstColumnIsNotPartOfItsName() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = utf8("indicator_id,date,value,note\nind-1,2026-02-01,12,Café\n");
		byte[] file = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, file, 0, 3);
		System.arraycopy(body, 0, file, 3, body.length);

		assertThat(parse(file)).singleElement().satisfies(row -> {
			assertThat(row.indicatorId()).isEqualTo("ind-1");
			assertThat(row.measurement().value()).isEqualTo(12d);
			assertThat(row.measurement().note()).isEqualTo("Café");
		});
	}

	@Test
	void belgianExcelSemicolonsDecimalCommasAndDayFirstDatesAreRead() {
		String excel = "\uFEFFindicator_id;indicator_name;date;value;source;note\r\n"
				+ "ind-1;Bezoekers;31-01-2026;12,5;telling;\r\n" + "ind-2;Werkgevers;1/3/2026;1.234,5;;\"met; puntkomma\"\r\n"
				+ "ind-1;Bezoekers;;;;\r\n";

		assertThat(parse(utf8(excel))).extracting(r -> r.line(), r -> r.measurement().date(), r -> r.measurement().value(),
				r -> r.measurement().note())
			.containsExactly(tuple(2L, LocalDate.of(2026, 1, 31), 12.5, null),
					tuple(3L, LocalDate.of(2026, 3, 1), 1234.5, "met; puntkomma"));
	}

	@Test
	void excelsAnsiCsvInWindows1252IsReadWithItsAccents() {
		byte[] file = "indicator_id;date;value;note\nind-1;2026-02-01;3;Bezoek aan café\n".getBytes(Charset.forName("windows-1252"));

		assertThat(parse(file)).singleElement().extracting(r -> r.measurement().note()).isEqualTo("Bezoek aan café");
	}

	@Test
	void anXlsxWorkbookIsReadWithDateCellsNumberCellsAndTextCells() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Blad1");
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			Row head = sheet.createRow(0);
			String[] header = { "Indicator_ID", "date", "value", "source" };
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
			}
			Row first = sheet.createRow(1);
			first.createCell(0).setCellValue("ind-1");
			first.createCell(1).setCellValue(LocalDate.of(2026, 2, 1));
			first.getCell(1).setCellStyle(dateStyle);
			first.createCell(2).setCellValue(14);
			first.createCell(3).setCellValue("count");
			sheet.createRow(2); // an empty row between is skipped
			Row second = sheet.createRow(3);
			second.createCell(0).setCellValue("ind-2");
			second.createCell(1).setCellValue("2026-03-01");
			second.createCell(2).setCellValue("7,25");
			workbook.write(out);
			xlsx = out.toByteArray();
		}

		assertThat(parse(xlsx)).extracting(r -> r.line(), r -> r.indicatorId(), r -> r.measurement().date(),
				r -> r.measurement().value(), r -> r.measurement().source())
			.containsExactly(tuple(2L, "ind-1", LocalDate.of(2026, 2, 1), 14d, "count"),
					tuple(4L, "ind-2", LocalDate.of(2026, 3, 1), 7.25, null));
	}

	@Test
	void theTemplateWorkbookReadsBackAsColumnsWithoutRows() {
		Indicator indicator = new Indicator("city", new IndicatorDefinition("Visitors", "people", null, null, null, null,
				Frequency.YEARLY, Set.of(), List.of()));
		MeasurementFile.Table table = MeasurementFile.read(MeasurementWorkbook.template(MeasurementCsv.HEADER,
				List.of(indicator)), 5000);

		assertThat(table.columns()).containsExactly(MeasurementCsv.HEADER);
		assertThatThrownBy(() -> MeasurementRows.parse(table, KNOWN, TODAY)).isInstanceOfSatisfying(
				MeasurementImportRejected.class,
				ex -> assertThat(ex.errors()).extracting(RowError::messageKey).containsExactly("monitoring.import.empty"));
	}

	@Test
	void emptyFilesAndFilesWithoutTheColumnsSaySo() {
		assertThat(errors(new byte[0])).containsExactly(tuple(0L, null, "monitoring.import.emptyFile"));
		assertThat(errors(utf8(" \r\n\n"))).containsExactly(tuple(0L, null, "monitoring.import.emptyFile"));
		assertThat(errors(utf8("indicator_id;date;value\n"))).containsExactly(tuple(0L, null, "monitoring.import.empty"));
		assertThat(errors(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0 }))
			.containsExactly(tuple(0L, null, "monitoring.import.oldExcel"));
		assertThat(errors(new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3 }))
			.containsExactly(tuple(0L, null, "monitoring.import.unreadableXlsx"));
		try {
			parse(utf8("id,when,amount\nind-1,2026-01-01,3\n"));
			throw new AssertionError("accepted");
		}
		catch (MeasurementImportRejected ex) {
			assertThat(ex.errors()).singleElement().satisfies(e -> {
				assertThat(e.messageKey()).isEqualTo("monitoring.import.missingColumns");
				assertThat(e.args()).containsExactly("indicator_id, date, value", "id, when, amount");
			});
		}
	}

	@Test
	void everyBadRowIsListedWithItsLineColumnAndReason() {
		String csv = "indicator_id,date,value\n" + "ind-1,2026-02-01,12\n" + "nope,2026-02-01,1\n" + ",2026-02-01,1\n"
				+ "ind-1,2026-02-30,3\n" + "ind-1,2026-07-01,3\n" + "ind-1,1999-12-31,3\n" + "ind-1,2026-03-01,-4\n"
				+ "ind-1,2026-03-02,14 people\n" + "ind-1,2026-03-03,\n" + "ind-1,2026-02-01,13\n";

		assertThat(errors(utf8(csv))).containsExactly(tuple(3L, "indicator_id", "monitoring.import.unknownIndicator"),
				tuple(4L, "indicator_id", "monitoring.import.noIndicator"), tuple(5L, "date", "monitoring.import.notADate"),
				tuple(6L, "date", "monitoring.import.future"), tuple(7L, "date", "monitoring.import.tooOld"),
				tuple(8L, "value", "monitoring.error.negative"), tuple(9L, "value", "monitoring.import.notANumber"),
				tuple(10L, "value", "monitoring.import.noValue"), tuple(11L, "date", "monitoring.import.duplicate"));
	}

	@Test
	void numbersAreReadWithADecimalPointOrCommaAndGroupedThousands() {
		assertThat(MeasurementRows.parseNumber("14")).isEqualTo(14d);
		assertThat(MeasurementRows.parseNumber("12,5")).isEqualTo(12.5);
		assertThat(MeasurementRows.parseNumber("12.5")).isEqualTo(12.5);
		assertThat(MeasurementRows.parseNumber("1.234.567")).isEqualTo(1234567d);
		assertThat(MeasurementRows.parseNumber("1,234.5")).isEqualTo(1234.5);
		assertThat(MeasurementRows.parseNumber("1\u00A0234,5")).isEqualTo(1234.5);
		assertThat(MeasurementRows.parseNumber("14 people")).isNull();
		assertThat(MeasurementRows.parseNumber("1e9")).isNull();
	}

}
