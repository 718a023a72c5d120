package org.inclusivecities.platform.practice.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfileSection;
import org.inclusivecities.platform.practice.PracticeSearch;
import org.inclusivecities.platform.practice.PublishedPractice;
import org.inclusivecities.platform.practice.PublishedPractices;
import org.inclusivecities.platform.practice.SearchResults;

import org.springframework.stereotype.Component;

/**
 * The library's part of a city's profile: practices it published (from the search index, which holds exactly the
 * published ones, so a profile never scans the library in the database) and published practices it adopted.
 */
@Component
class PracticeProfileSection implements CityProfileSection {

	private final PublishedPractices published;

	private final PracticeSearch search;

	PracticeProfileSection(PublishedPractices published, PracticeSearch search) {
		this.published = published;
		this.search = search;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String template() {
		return "practice/profile-section";
	}

	@Override
	public Optional<Map<String, Object>> contribute(City city, Locale locale) {
		List<SearchResults.Hit> own = search.publishedBy(city.getId());
		List<PublishedPractice> adopted = published.adoptedBy(city.getId());
		if (own.isEmpty() && adopted.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Map.of("published", own, "adopted", adopted));
	}

}
