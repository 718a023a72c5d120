package org.inclusivecities.platform.directory.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.inclusivecities.platform.directory.Countries;
import org.inclusivecities.platform.directory.DirectoryEntry;
import org.inclusivecities.platform.directory.DirectoryQueries;
import org.inclusivecities.platform.directory.DirectoryQuery;
import org.inclusivecities.platform.directory.DirectorySort;
import org.inclusivecities.platform.directory.MapProperties;
import org.inclusivecities.platform.directory.MemberDirectory;
import org.inclusivecities.platform.directory.PopulationBand;
import org.inclusivecities.platform.directory.StatusFilters;
import org.inclusivecities.platform.layout.Choice;
import org.inclusivecities.platform.layout.Pagination;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public list (and map) of member cities: a plain GET form of filters, a sorted, paginated result.
 * Unknown filter values are ignored and pages out of range clamped, so any link still shows a directory.
 */
@Controller
class DirectoryController {

	static final int PAGE_SIZE = 20;

	private final MemberDirectory directory;

	private final DirectoryQueries queries;

	private final StatusFilters statusFilters;

	private final MapProperties map;

	private final MessageSource messages;

	DirectoryController(MemberDirectory directory, DirectoryQueries queries, StatusFilters statusFilters,
			MapProperties map, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
		this.queries = queries;
		this.statusFilters = statusFilters;
		this.map = map;
	}

	@GetMapping("/cities")
	String cities(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
			@RequestParam(required = false) String status, @RequestParam(required = false) String population,
			@RequestParam(required = false) String language, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, @RequestParam(required = false) String milestone,
			Locale locale, Model model) {
		DirectoryQuery query = queries.lenient(new DirectoryQueries.Params(q, country, status, population, language,
				sort, pageIndex(page), null, milestone), PAGE_SIZE);
		Page<DirectoryEntry> results = directory.search(query);
		if (results.getTotalPages() > 0 && query.page() >= results.getTotalPages()) {
			query = query.withPage(results.getTotalPages() - 1);
			results = directory.search(query);
		}
		DirectoryQuery shown = query;
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		model.addAttribute("pagination", Pagination.of(query.page(), results.getTotalPages(), i -> href(shown, i)));
		model.addAttribute("countries", Choice.byLabel(
				directory.countries().stream().map(c -> new Choice(c, Countries.countryName(c, locale))), locale));
		model.addAttribute("languages", Choice.byLabel(
				directory.languages().stream().map(l -> new Choice(l, Countries.languageName(l, locale))), locale));
		model.addAttribute("statuses", statusFilters.options()
			.stream()
			// a badge is another module's: its label falls back to its key rather than failing the page
			.map(s -> new Choice(s.key(), messages.getMessage(s.labelCode(), null, s.key(), locale)))
			.toList());
		model.addAttribute("milestones", directory.milestones()
			.stream()
			.map(m -> new Choice(m.key(), messages.getMessage(m.labelCode(), null, m.key(), locale)))
			.toList());
		model.addAttribute("bands", Arrays.stream(PopulationBand.values())
			.map(b -> new Choice(b.key(), messages.getMessage("directory.population." + b.key(), null, locale)))
			.toList());
		model.addAttribute("sorts", Arrays.stream(DirectorySort.values())
			.map(s -> new Choice(s.key(), messages.getMessage("directory.sort." + s.key(), null, locale)))
			.toList());
		model.addAttribute("map", map);
		model.addAttribute("csv", href(query, null).replaceFirst("^/cities", "/cities.csv"));
		model.addAttribute("mapSource", UriComponentsBuilder.fromUriString(href(query, null).replaceFirst("^/cities", "/api/v1/cities"))
			.queryParam("size", 100).build().toUriString());
		return "directory/cities";
	}

	private static Integer pageIndex(String page) {
		try {
			return page == null || page.isBlank() ? 0 : Math.max(0, Integer.parseInt(page.strip()) - 1);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** The link of the same search on another page (zero-based), or without a page. */
	static String href(DirectoryQuery query, Integer page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/cities");
		if (!query.text().isEmpty()) {
			uri.queryParam("q", query.text());
		}
		param(uri, "country", query.country());
		param(uri, "status", query.status());
		param(uri, "population", query.population() == null ? null : query.population().key());
		param(uri, "language", query.language());
		param(uri, "milestone", query.milestone());
		if (query.sort() != DirectorySort.NAME) {
			uri.queryParam("sort", query.sort().key());
		}
		if (page != null && page > 0) {
			uri.queryParam("page", page + 1);
		}
		return uri.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder uri, String name, String value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

}
