package org.inclusivecities.platform.directory.web;

import java.io.IOException;
import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.inclusivecities.platform.layout.SpreadsheetText;
import org.inclusivecities.platform.directory.DirectoryEntry;
import org.inclusivecities.platform.directory.DirectoryQueries;
import org.inclusivecities.platform.directory.DirectoryQuery;
import org.inclusivecities.platform.directory.MemberDirectory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The directory as CSV (RFC 4180, UTF-8), with the same filters as the page; unknown values are ignored. */
@Controller
class CsvExportController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private static final String[] HEADER = { "slug", "name", "country", "region", "population", "languages",
			"latitude", "longitude", "status", "member_since", "website", "badges", "milestones" };

	private final MemberDirectory directory;

	private final DirectoryQueries queries;

	CsvExportController(MemberDirectory directory, DirectoryQueries queries) {
		this.directory = directory;
		this.queries = queries;
	}

	@GetMapping("/cities.csv")
	ResponseEntity<String> csv(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
			@RequestParam(required = false) String status, @RequestParam(required = false) String population,
			@RequestParam(required = false) String language, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String milestone) throws IOException {
		DirectoryQuery query = queries.lenient(
				new DirectoryQueries.Params(q, country, status, population, language, sort, 0, null, milestone), 1);
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
			for (DirectoryEntry e : directory.all(query)) {
				printer.printRecord(e.slug(), SpreadsheetText.cell(e.name()), e.country(), SpreadsheetText.cell(e.region()), e.population(),
						String.join(" ", e.languages()), e.latitude(), e.longitude(), e.status(),
						e.memberSince() == null ? null
								: DateTimeFormatter.ISO_LOCAL_DATE.format(e.memberSince().atOffset(ZoneOffset.UTC)),
						SpreadsheetText.cell(e.website()), String.join(" ", e.badges()), String.join(" ", e.milestones()));
			}
		}
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("inclusive-cities.csv").build().toString())
			.body(out.toString());
	}

}
