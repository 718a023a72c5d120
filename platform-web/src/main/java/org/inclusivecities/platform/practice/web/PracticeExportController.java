package org.inclusivecities.platform.practice.web;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.inclusivecities.platform.layout.SpreadsheetText;
import org.inclusivecities.platform.layout.SiteUrl;
import org.inclusivecities.platform.practice.PublishedPractice;
import org.inclusivecities.platform.practice.PublishedPractices;
import org.inclusivecities.platform.practice.RichText;
import org.inclusivecities.platform.practice.Story;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The library as open data: an Atom feed of new practices and a CSV export, both of published content only. */
@Controller
class PracticeExportController {

	private static final int FEED_SIZE = 50;

	private final PublishedPractices published;

	private final RichText richText;

	private final SiteUrl siteUrl;

	PracticeExportController(PublishedPractices published, RichText richText, SiteUrl siteUrl) {
		this.siteUrl = siteUrl;
		this.published = published;
		this.richText = richText;
	}

	@GetMapping("/practices.atom")
	ResponseEntity<String> atom() throws FeedException {
		String base = siteUrl.current();
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle("Inclusive Cities – good practices");
		feed.setDescription("New good practices published by member cities");
		feed.setLink(base + "/practices");
		feed.setUri(base + "/practices.atom");
		List<SyndEntry> entries = new ArrayList<>();
		Date updated = null;
		for (PublishedPractice practice : published.recent(FEED_SIZE)) {
			SyndEntry entry = new SyndEntryImpl();
			entry.setTitle(practice.content().title());
			entry.setLink(base + "/practices/" + practice.id());
			entry.setUri(base + "/practices/" + practice.id());
			entry.setAuthor(practice.cityName());
			entry.setPublishedDate(Date.from(practice.firstPublishedAt()));
			entry.setUpdatedDate(Date.from(practice.publishedAt()));
			SyndContent content = new SyndContentImpl();
			content.setType("text");
			content.setValue(entryText(practice));
			entry.setDescription(content);
			entries.add(entry);
			if (updated == null || updated.before(entry.getUpdatedDate())) {
				updated = entry.getUpdatedDate();
			}
		}
		feed.setEntries(entries);
		feed.setPublishedDate(updated == null ? new Date(0) : updated);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(new SyndFeedOutput().outputString(feed));
	}

	@GetMapping("/practices.csv")
	ResponseEntity<String> csv() throws IOException {
		String base = siteUrl.current();
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
			.setHeader("id", "title", "summary", "city", "country", "activity_types", "aims", "sectors",
					"target_groups", "languages", "first_published", "adopted_by", "adopting_cities", "url")
			.get())) {
			for (PublishedPractice p : published.all()) {
				printer.printRecord(p.id(), SpreadsheetText.cell(p.content().title()), SpreadsheetText.cell(richText.plain(p.content().summary())),
						SpreadsheetText.cell(p.cityName()), p.country(), join(p.content().activityTypes()), join(p.content().aims()),
						join(p.content().sectors()), SpreadsheetText.cell(String.join(", ", p.content().targetGroups())),
						SpreadsheetText.cell(String.join(", ", p.content().languages())), p.firstPublishedAt(), p.adoptionCount(),
						SpreadsheetText.cell(String.join("; ",
								p.adopters().stream().map(PublishedPractice.Adopter::cityName).toList())),
						base + "/practices/" + p.id());
			}
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"good-practices.csv\"")
			.body(out.toString());
	}

	private String entryText(PublishedPractice practice) {
		StringBuilder text = new StringBuilder(richText.plain(practice.content().summary()));
		for (Story story : practice.stories()) {
			text.append("\n\n").append(story.title()).append("\n").append(richText.plain(story.text()));
		}
		return text.toString();
	}

	private static String join(Collection<? extends Enum<?>> values) {
		return String.join(" ", values.stream().map(Enum::name).sorted().toList());
	}

}
