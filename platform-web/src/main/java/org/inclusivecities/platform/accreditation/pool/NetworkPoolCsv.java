package org.inclusivecities.platform.accreditation.pool;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.inclusivecities.platform.layout.SpreadsheetText;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The rows of the secretariat's pool page as a CSV file Excel opens as it is: UTF-8 with a byte order mark,
 * semicolons between the columns (as Excel expects in the Dutch and most European locales) and every cell quoted, so
 * a semicolon, quote or line break inside a value stays in its cell; dates as year-month-day; text that starts like a
 * formula is not run. Headings and labels in the reader's language; no e-mail addresses.
 */
@Component
class NetworkPoolCsv {

	static final String[] COLUMNS = { "name", "city", "languages", "expertise", "load", "cap", "unavailable",
			"conflicts", "ties" };

	private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder()
		.setDelimiter(';')
		.setQuoteMode(QuoteMode.ALL)
		.setRecordSeparator("\r\n")
		.get();

	private final MessageSource messages;

	NetworkPoolCsv(MessageSource messages) {
		this.messages = messages;
	}

	void write(List<NetworkPoolRows.Row> rows, Locale locale, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("reviewer-pool.csv").build().toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(java.util.Arrays.stream(COLUMNS)
				.map(c -> messages.getMessage("pool.network.csv." + c, null, locale)));
			for (NetworkPoolRows.Row row : rows) {
				printer.printRecord(SpreadsheetText.cell(row.name()), SpreadsheetText.cell(row.city()),
						String.join(", ", row.languages()), String.join(", ", row.expertise()), row.load(), row.cap(),
						row.unavailable()
							.stream()
							.map(p -> DateTimeFormatter.ISO_LOCAL_DATE.format(p.from()) + "/"
									+ DateTimeFormatter.ISO_LOCAL_DATE.format(p.to()))
							.collect(Collectors.joining(", ")),
						SpreadsheetText.cell(row.conflicts()
							.stream()
							.map(c -> conflict(c, locale))
							.collect(Collectors.joining("; "))),
						SpreadsheetText.cell(String.join(", ", row.ties())));
			}
		}
	}

	private String conflict(NetworkPoolRows.Conflict c, Locale locale) {
		String kind = messages.getMessage("pool.network.conflictKind." + c.kind(), null, locale);
		return c.note().isEmpty() ? c.city() + ": " + kind : c.city() + ": " + kind + " (" + c.note() + ")";
	}

}
