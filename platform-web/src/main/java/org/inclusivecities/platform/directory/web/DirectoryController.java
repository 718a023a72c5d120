package org.inclusivecities.platform.directory.web;

import java.text.Collator;
import java.util.Comparator;
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
import org.inclusivecities.platform.layout.Pagination;

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

	DirectoryController(MemberDirectory directory, DirectoryQueries queries, StatusFilters statusFilters,
			MapProperties map) {
		this.directory = directory;
		this.queries = queries;
		this.statusFilters = statusFilters;
		this.map = map;
	}

	/** A choice in a filter: value and the text shown. */
	public record Choice(String value, String label) {
	}

	@GetMapping("/cities")
	String cities(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
			@RequestParam(required = false) String status, @RequestParam(required = false) String population,
			@RequestParam(required = false) String language, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, Locale locale, Model model) {
		DirectoryQuery query = queries.lenient(new DirectoryQueries.Params(q, country, status, population, language,
				sort, pageIndex(page), null), PAGE_SIZE);
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
		model.addAttribute("countries", choices(directory.countries(), c -> Countries.countryName(c, locale), locale));
		model.addAttribute("languages", choices(directory.languages(), l -> Countries.languageName(l, locale), locale));
		model.addAttribute("statuses", statusFilters.options());
		model.addAttribute("bands", PopulationBand.values());
		model.addAttribute("sorts", DirectorySort.values());
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

	private static List<Choice> choices(List<String> codes, java.util.function.Function<String, String> name,
			Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return codes.stream()
			.map(c -> new Choice(c, name.apply(c)))
			.sorted(Comparator.comparing(Choice::label, collator))
			.toList();
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
