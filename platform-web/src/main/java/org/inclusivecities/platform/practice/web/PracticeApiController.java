package org.inclusivecities.platform.practice.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.api.ApiProblems;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.practice.PracticeSearch;
import org.inclusivecities.platform.practice.PublishedPractice;
import org.inclusivecities.platform.practice.PublishedPractices;
import org.inclusivecities.platform.practice.SearchRequest;
import org.inclusivecities.platform.practice.SearchResults;
import org.inclusivecities.platform.plan.Sector;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Open data API of the library: search with facets, and one published practice. Errors are problem+json. */
@RestController
@Tag(name = "Practices", description = "The good-practice library: published practices, their stories and adoptions")
@RequestMapping("/api/v1/practices")
class PracticeApiController {

	static final int MAX_RESULTS = 10000;

	private static final String PROBLEM = "application/problem+json";

	private final PracticeSearch search;

	private final PublishedPractices published;

	PracticeApiController(PracticeSearch search, PublishedPractices published) {
		this.search = search;
		this.published = published;
	}

	@Operation(summary = "Search the library", description = "Published practices matching the words and filters "
			+ "(activity, aim, sector, country, language; repeat a parameter for more values), best match first, newest "
			+ "first without words, or the most adopted first with sort=adoptions.")
	@ApiResponse(responseCode = "200", description = "A page of practices with facet counts",
			content = @Content(schema = @Schema(implementation = Page.class)))
	@ApiResponse(responseCode = "400", description = "A parameter has a value the library does not accept",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@GetMapping
	ResponseEntity<?> search(@Parameter(description = "Words to search for") @RequestParam(defaultValue = "") String q,
			@Parameter(description = "Zero-based page number") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "Order of the results: relevance (default) or adoptions (the most adopted first)",
					schema = @Schema(allowableValues = { "relevance", "adoptions" })) @RequestParam(
							defaultValue = "") String sort,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		if (page < 0 || size < 1 || size > SearchRequest.MAX_SIZE || (long) (page + 1) * size > MAX_RESULTS
				|| q.length() > 200) {
			return badRequest("page must be 0 or more, size between 1 and " + SearchRequest.MAX_SIZE
					+ ", at most the first " + MAX_RESULTS + " results, q at most 200 characters.");
		}
		Map<String, Set<String>> filters = LibraryParameters.filters(parameters);
		String invalid = LibraryParameters.invalid(filters);
		if (invalid != null) {
			return badRequest("Unknown value for the filter '" + invalid + "'.");
		}
		SearchRequest.Order order = LibraryParameters.order(sort);
		if (order == null) {
			return badRequest("sort must be relevance or adoptions.");
		}
		SearchResults results = search.search(new SearchRequest(q, filters, page, size, order));
		return ResponseEntity.ok(new Page(results.total(), results.page(), results.size(),
				results.hits().stream().map(h -> new Hit(h.id(), h.title(), h.cityName(), h.country(), h.snippetHtml(),
						h.adoptions(), "/api/v1/practices/" + h.id())).toList(),
				results.facets(), results.suggestion()));
	}

	@Operation(summary = "One published practice", description = "Its published content, the stories with consent "
			+ "in force and the cities whose adoption of it is active, with their adaptation and reported result.")
	@ApiResponse(responseCode = "200", description = "The practice",
			content = @Content(schema = @Schema(implementation = Detail.class)))
	@ApiResponse(responseCode = "404", description = "No published practice with this id",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@GetMapping("/{id}")
	ResponseEntity<?> practice(@PathVariable String id) {
		return published.find(id)
			.<ResponseEntity<?>>map(p -> ResponseEntity.ok(Detail.of(p)))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(ApiProblems.problem(HttpStatus.NOT_FOUND, "Not found", "No published practice with this id.")));
	}

	private static ResponseEntity<?> badRequest(String detail) {
		return ResponseEntity.badRequest().body(ApiProblems.problem(HttpStatus.BAD_REQUEST, "Invalid input", detail));
	}

	/** {@code suggestion}: the query with its misspelt words corrected ("did you mean"), or null. */
	record Page(long total, int page, int size, List<Hit> results, List<SearchResults.Facet> facets,
			String suggestion) {
	}

	@Schema(name = "PracticeHit")
	record Hit(String id, String title, String city, String country, String snippetHtml,
			@Schema(description = "How many cities adopted the practice (active adoptions)") int adoptionCount,
			String href) {
	}

	record Detail(String id, String title, String summary, String problem, String whatWasDone,
			String whoWasInvolved, String outcomes, String costs, String lessons, String contact,
			Set<ActivityType> activityTypes, Set<Aim> aims, Set<Sector> sectors, List<String> targetGroups,
			List<String> languages, List<String> links, String city, String country, Instant firstPublishedAt,
			List<StoryOut> stories,
			@Schema(description = "The adopting cities' names (as in adoptions)", deprecated = true) List<String> adoptedBy,
			@Schema(description = "How many cities adopted the practice (active adoptions)") int adoptionCount,
			@ArraySchema(arraySchema = @Schema(description = "The cities whose adoption is active, the earliest first"))
			List<AdoptionOut> adoptions) {

		static Detail of(PublishedPractice p) {
			var c = p.content();
			return new Detail(p.id(), c.title(), c.summary(), c.problem(), c.whatWasDone(), c.whoWasInvolved(),
					c.outcomes(), c.costs(), c.lessons(), c.contact(), c.activityTypes(), c.aims(), c.sectors(),
					c.targetGroups(), c.languages(), c.links(), p.cityName(), p.country(), p.firstPublishedAt(),
					p.stories().stream().map(s -> new StoryOut(s.title(), s.text(), s.displayedAuthor())).toList(),
					p.adopters().stream().map(PublishedPractice.Adopter::cityName).toList(), p.adoptionCount(),
					p.adopters().stream().map(AdoptionOut::of).toList());
		}

	}

	/** An active adoption as the practice page shows it. */
	@Schema(name = "PracticeAdoption")
	record AdoptionOut(@Schema(description = "The adopting city") String city,
			@Schema(description = "The adopting city's profile in the open-data API") String cityHref,
			@Schema(description = "What the city changed locally") String adaptation,
			@Schema(description = "The city's own reference about it (a link), or null") String reference,
			Instant adoptedAt, @Schema(description = "The result the city reported back, or null") String result,
			@Schema(description = "The day the reported result holds for, or null") LocalDate resultAsOf,
			@Schema(description = "The city's indicator showing the result, with its latest published measurement; "
					+ "null when none is linked or the city does not publish its monitoring") IndicatorOut indicator) {

		static AdoptionOut of(PublishedPractice.Adopter a) {
			var i = a.indicator();
			return new AdoptionOut(a.cityName(), "/api/v1/cities/" + a.citySlug(), a.adaptation(), a.reference(),
					a.adoptedAt(), a.result(), a.resultAsOf(),
					i == null ? null : new IndicatorOut(i.name(), i.unit(), i.value(), i.measuredOn()));
		}

	}

	@Schema(name = "PracticeAdoptionIndicator")
	record IndicatorOut(String name, String unit,
			@Schema(description = "The latest measurement, or null") Double latestValue,
			@Schema(description = "The day of the latest measurement, or null") LocalDate measuredOn) {
	}

	/** A story as published: the author only as the consent scope allows (null when anonymous). */
	record StoryOut(String title, String text, String author) {
	}

}
