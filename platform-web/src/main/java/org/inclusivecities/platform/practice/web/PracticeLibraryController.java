package org.inclusivecities.platform.practice.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.practice.PracticeImages;
import org.inclusivecities.platform.practice.PracticeNotFound;
import org.inclusivecities.platform.practice.PracticePageSection;
import org.inclusivecities.platform.practice.PracticeSearch;
import org.inclusivecities.platform.practice.PublishedPractice;
import org.inclusivecities.platform.practice.PublishedPractices;
import org.inclusivecities.platform.practice.SearchRequest;
import org.inclusivecities.platform.practice.SearchResults;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public library: search with facets, and the page of one published practice. */
@Controller
class PracticeLibraryController {

	static final int PAGE_SIZE = 10;

	private final PracticeSearch search;

	private final PublishedPractices published;

	private final PracticeImages images;

	private final People people;

	private final Cities cities;

	private final ObjectProvider<PracticePageSection> sections;

	PracticeLibraryController(PracticeSearch search, PublishedPractices published, PracticeImages images,
			People people, Cities cities, ObjectProvider<PracticePageSection> sections) {
		this.sections = sections;
		this.search = search;
		this.published = published;
		this.images = images;
		this.people = people;
		this.cities = cities;
	}

	@GetMapping("/practices")
	String library(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") String page,
			@RequestParam(defaultValue = "") String sort, @RequestParam MultiValueMap<String, String> parameters,
			Model model) {
		Map<String, Set<String>> filters = LibraryParameters.filters(parameters);
		int pageNumber = page.matches("\\d{1,3}") ? Integer.parseInt(page) : 0;
		String query = q.length() > 200 ? q.substring(0, 200) : q;
		SearchRequest.Order order = java.util.Objects.requireNonNullElse(LibraryParameters.order(sort),
				SearchRequest.Order.RELEVANCE);
		SearchResults results = search.search(new SearchRequest(query, filters, pageNumber, PAGE_SIZE, order));
		model.addAttribute("q", query);
		model.addAttribute("sort", order == SearchRequest.Order.ADOPTIONS ? LibraryParameters.ADOPTIONS : "");
		model.addAttribute("results", results);
		model.addAttribute("previousUrl", LibraryParameters.url("/practices", query, filters, pageNumber - 1, order));
		model.addAttribute("nextUrl", LibraryParameters.url("/practices", query, filters, pageNumber + 1, order));
		if (results.suggestion() != null) {
			model.addAttribute("suggestionUrl",
					LibraryParameters.url("/practices", results.suggestion(), filters, 0, order));
		}
		return "practice/library";
	}

	@GetMapping("/practices/{id}")
	String show(@PathVariable String id, @AuthenticationPrincipal PlatformPrincipal principal, Model model) {
		PublishedPractice practice = published.find(id).orElseThrow(PracticeNotFound::new);
		model.addAttribute("practice", practice);
		model.addAttribute("adoptingCities", adoptingCities(principal, practice));
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("sections", sections.orderedStream()
			.sorted(Comparator.comparingInt(PracticePageSection::order))
			.flatMap(s -> s.contribute(practice, locale).map(m -> new RenderedSection(s.template(), m)).stream())
			.toList());
		return "practice/show";
	}

	@GetMapping("/practices/{id}/images/{imageId}")
	ResponseEntity<byte[]> image(@PathVariable String id, @PathVariable String imageId) {
		var image = published.publicImage(id, imageId).orElseThrow(PracticeNotFound::new);
		byte[] bytes = images.load(imageId).orElseThrow(PracticeNotFound::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.cacheControl(CacheControl.noCache())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

	/** The signed-in person's cities (as editor) that could record an adoption of this practice. */
	private List<City> adoptingCities(PlatformPrincipal principal, PublishedPractice practice) {
		if (principal == null) {
			return List.of();
		}
		Set<String> adopted = new java.util.HashSet<>();
		practice.adopters().forEach(a -> adopted.add(a.citySlug()));
		return people.findById(principal.personId())
			.map(person -> person.getMemberships()
				.stream()
				.filter(m -> m.has(Role.CITY_ADMIN) || m.has(Role.COUNCIL_MEMBER))
				.map(m -> m.cityId())
				.filter(cityId -> !cityId.equals(practice.cityId()))
				.toList())
			.map(cities::findAllByIdIn)
			.orElse(List.of())
			.stream()
			.filter(city -> !adopted.contains(city.getSlug()))
			.toList();
	}

	/** A contributed section of the practice page: its template and model. */
	public record RenderedSection(String template, Map<String, Object> model) {
	}

}
