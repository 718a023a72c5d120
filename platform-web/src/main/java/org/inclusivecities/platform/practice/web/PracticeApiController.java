package org.inclusivecities.platform.practice.web;

import java.time.Instant;
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
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open data API of the library: search with facets, and one published practice. Errors are problem+json. */
@RestController
@RequestMapping("/api/v1/practices")
class PracticeApiController {

	static final int MAX_RESULTS = 10000;

	private final PracticeSearch search;

	private final PublishedPractices published;

	PracticeApiController(PracticeSearch search, PublishedPractices published) {
		this.search = search;
		this.published = published;
	}

	@GetMapping
	ResponseEntity<?> search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam MultiValueMap<String, String> parameters) {
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
		SearchResults results = search.search(new SearchRequest(q, filters, page, size));
		return ResponseEntity.ok(new Page(results.total(), results.page(), results.size(),
				results.hits().stream().map(h -> new Hit(h.id(), h.title(), h.cityName(), h.country(), h.snippetHtml(),
						"/api/v1/practices/" + h.id())).toList(),
				results.facets(), results.suggestion()));
	}

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

	record Hit(String id, String title, String city, String country, String snippetHtml, String href) {
	}

	record Detail(String id, String title, String summary, String problem, String whatWasDone,
			String whoWasInvolved, String outcomes, String costs, String lessons, String contact,
			Set<ActivityType> activityTypes, Set<Aim> aims, Set<Sector> sectors, List<String> targetGroups,
			List<String> languages, List<String> links, String city, String country, Instant firstPublishedAt,
			List<StoryOut> stories, List<String> adoptedBy) {

		static Detail of(PublishedPractice p) {
			var c = p.content();
			return new Detail(p.id(), c.title(), c.summary(), c.problem(), c.whatWasDone(), c.whoWasInvolved(),
					c.outcomes(), c.costs(), c.lessons(), c.contact(), c.activityTypes(), c.aims(), c.sectors(),
					c.targetGroups(), c.languages(), c.links(), p.cityName(), p.country(), p.firstPublishedAt(),
					p.stories().stream().map(s -> new StoryOut(s.title(), s.text(), s.displayedAuthor())).toList(),
					p.adopters().stream().map(PublishedPractice.Adopter::cityName).toList());
		}

	}

	/** A story as published: the author only as the consent scope allows (null when anonymous). */
	record StoryOut(String title, String text, String author) {
	}

}
