package org.inclusivecities.platform.plan.monitoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded measurements file as spreadsheets write it: CSV in UTF-8 (with or without the byte order mark
 * Excel puts first), UTF-16 ("Unicode text") or Windows-1252, separated by commas, semicolons (Belgian and Dutch
 * Excel) or tabs; or an XLSX workbook (its first sheet). The first row names the columns; column names are matched
 * without regard to case. Whatever is wrong with the file as a whole is refused here, in words that name it.
 */
final class MeasurementFile {

	/** One row of the file, with its line (the row number a spreadsheet shows) and its cells by column name. */
	record Line(long number, Map<String, String> cells) {

		String get(String column) {
			String value = cells.get(column);
			return value == null || value.isBlank() ? null : value.strip();
		}

		boolean blank() {
			return cells.values().stream().allMatch(v -> v == null || v.isBlank());
		}

	}

	/** The column names of the first row, and the rows below it that are not empty. */
	record Table(List<String> columns, List<Line> lines) {
	}

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private MeasurementFile() {
	}

	static Table read(byte[] bytes, int maxRows) {
		if (bytes == null || bytes.length == 0) {
			throw rejected("monitoring.import.emptyFile");
		}
		if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
			return xlsx(bytes, maxRows);
		}
		if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw rejected("monitoring.import.oldExcel");
		}
		String text = text(bytes);
		if (text.isBlank()) {
			throw rejected("monitoring.import.emptyFile");
		}
		return csv(text, maxRows);
	}

	private static Table csv(String text, int maxRows) {
		char delimiter = delimiter(text);
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.get()
			.parse(new StringReader(text))) {
			List<String> columns = null;
			List<Line> lines = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (columns == null) {
					columns = record.stream().map(MeasurementFile::column).toList();
					continue;
				}
				if (lines.size() >= maxRows) {
					throw new MeasurementImportRejected(List.of(new RowError(record.getRecordNumber(), null,
							"monitoring.import.tooManyRows", List.of(maxRows))));
				}
				Map<String, String> cells = new LinkedHashMap<>();
				for (int i = 0; i < columns.size() && i < record.size(); i++) {
					cells.putIfAbsent(columns.get(i), record.get(i));
				}
				lines.add(new Line(record.getRecordNumber(), cells));
			}
			return new Table(columns == null ? List.of() : columns, lines);
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw rejected("monitoring.import.unreadable");
		}
	}

	private static Table xlsx(byte[] bytes, int maxRows) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw rejected("monitoring.import.emptyFile");
			}
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<String> columns = null;
			List<Line> lines = new ArrayList<>();
			for (Row row : sheet) {
				List<String> values = new ArrayList<>();
				for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
					values.add(cell(row.getCell(i), formatter));
				}
				if (values.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (columns == null) {
					columns = values.stream().map(MeasurementFile::column).toList();
					continue;
				}
				if (lines.size() >= maxRows) {
					throw new MeasurementImportRejected(List.of(new RowError(row.getRowNum() + 1L, null,
							"monitoring.import.tooManyRows", List.of(maxRows))));
				}
				Map<String, String> cells = new LinkedHashMap<>();
				for (int i = 0; i < columns.size() && i < values.size(); i++) {
					cells.putIfAbsent(columns.get(i), values.get(i));
				}
				lines.add(new Line(row.getRowNum() + 1L, cells));
			}
			if (columns == null) {
				throw rejected("monitoring.import.emptyFile");
			}
			return new Table(columns, lines);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof MeasurementImportRejected rejected) {
				throw rejected;
			}
			throw rejected("monitoring.import.unreadableXlsx");
		}
	}

	/** A cell as text: dates as year-month-day, numbers in full with a decimal point, formulas by their result. */
	private static String cell(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC) {
			if (DateUtil.isCellDateFormatted(cell)) {
				return cell.getLocalDateTimeCellValue().toLocalDate().toString();
			}
			return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
		}
		if (type == CellType.STRING) {
			return cell.getRichStringCellValue().getString();
		}
		return type == CellType.BOOLEAN || type == CellType.ERROR ? formatter.formatCellValue(cell) : "";
	}

	/** UTF-8 (a byte order mark dropped) or UTF-16 by their marks; otherwise what Excel's "CSV" writes: Windows-1252. */
	private static String text(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return utf8(bytes, 3);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(bytes, WINDOWS_1252);
		}
	}

	private static String utf8(byte[] bytes, int offset) {
		return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
	}

	/** The separator the first line uses most: a comma, a semicolon or a tab. */
	private static char delimiter(String text) {
		String first = text.strip().lines().findFirst().orElse("");
		char best = ',';
		long most = first.chars().filter(c -> c == ',').count();
		for (char candidate : new char[] { ';', '\t' }) {
			long count = first.chars().filter(c -> c == candidate).count();
			if (count > most) {
				best = candidate;
				most = count;
			}
		}
		return best;
	}

	private static String column(String heading) {
		return heading == null ? "" : heading.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace(' ', '_');
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static MeasurementImportRejected rejected(String key) {
		return new MeasurementImportRejected(List.of(new RowError(0, null, key, List.of())));
	}

}
