package org.inclusivecities.platform.opendata.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.inclusivecities.platform.layout.SiteUrl;
import org.inclusivecities.platform.city.CityNotFound;
import org.inclusivecities.platform.directory.DirectoryEntry;
import org.inclusivecities.platform.directory.DirectoryQueries;
import org.inclusivecities.platform.directory.DirectoryQuery;
import org.inclusivecities.platform.directory.MemberDirectory;

import org.springframework.data.domain.Page;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open data: the listed member cities of the network, with the directory's filters. */
@RestController
@RequestMapping("/api/v1/cities")
@Tag(name = "Cities", description = "The public directory of member cities")
class CitiesApiController {

	private static final String PROBLEM = "application/problem+json";

	private final MemberDirectory directory;

	private final DirectoryQueries queries;

	private final SiteUrl siteUrl;

	CitiesApiController(MemberDirectory directory, DirectoryQueries queries, SiteUrl siteUrl) {
		this.siteUrl = siteUrl;
		this.directory = directory;
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "List member cities", description = "Listed cities (members and suspended members), filtered, sorted and paginated.")
	@ApiResponse(responseCode = "200", description = "A page of cities")
	@ApiResponse(responseCode = "400", description = "A parameter has a value the directory does not accept",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	CityPage list(
			@Parameter(description = "Start of any word of the name; case and accents do not matter") @RequestParam(required = false) String q,
			@Parameter(description = "ISO 3166-1 alpha-2 country code", example = "BE") @RequestParam(required = false) String country,
			@Parameter(description = "member, suspended, or the key of a badge such as accredited") @RequestParam(required = false) String status,
			@Parameter(schema = @Schema(allowableValues = { "under-50k", "50k-250k", "250k-1m", "over-1m" })) @RequestParam(required = false) String population,
			@Parameter(description = "ISO 639-1 language code", example = "nl") @RequestParam(required = false) String language,
			@Parameter(schema = @Schema(allowableValues = { "name", "population", "member-since" }, defaultValue = "name")) @RequestParam(required = false) String sort,
			@Parameter(description = "Zero-based page number", schema = @Schema(minimum = "0", defaultValue = "0")) @RequestParam(required = false) Integer page,
			@Parameter(description = "Page size", schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20")) @RequestParam(required = false) Integer size,
			@Parameter(description = "Key of a charter milestone the cities have reached, such as plan-published") @RequestParam(required = false) String milestone) {
		DirectoryQuery query = queries.strict(
				new DirectoryQueries.Params(q, country, status, population, language, sort, page, size, milestone), 20);
		Page<DirectoryEntry> result = directory.search(query);
		int last = Math.max(0, result.getTotalPages() - 1);
		return new CityPage(result.getContent(), query.page(), query.size(), result.getTotalElements(),
				result.getTotalPages(),
				new CityPage.Links(link(query.page()), link(0), query.page() > 0 ? link(Math.min(query.page() - 1, last)) : null,
						query.page() < last ? link(query.page() + 1) : null, link(last)));
	}

	@GetMapping("/{slug}")
	@Operation(summary = "One member city")
	@ApiResponse(responseCode = "200", description = "The city")
	@ApiResponse(responseCode = "404", description = "No such listed city",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	DirectoryEntry one(@PathVariable String slug) {
		return directory.find(slug).map(directory::entry).orElseThrow(() -> new CityNotFound(slug));
	}

	private String link(int page) {
		return siteUrl.currentRequest().replaceQueryParam("page", page).build().toUriString();
	}

}
