package org.inclusivecities.platform.matching.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.inclusivecities.platform.matching.CityMatch;
import org.inclusivecities.platform.matching.Matchmaking;
import org.inclusivecities.platform.practice.PracticePageSection;
import org.inclusivecities.platform.practice.PublishedPractice;
import org.inclusivecities.platform.practice.SearchResults;

import org.springframework.stereotype.Component;

/**
 * The matchcentrum on a published practice's public page: practices like it (the search engine's MoreLikeThis) and
 * listed cities whose published plan has a gap the practice covers and that have not adopted it, with the reasons.
 */
@Component
class PracticeMatchSection implements PracticePageSection {

	private final Matchmaking matchmaking;

	PracticeMatchSection(Matchmaking matchmaking) {
		this.matchmaking = matchmaking;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public String template() {
		return "matching/practice-section";
	}

	@Override
	public Optional<Map<String, Object>> contribute(PublishedPractice practice, Locale locale) {
		List<SearchResults.Hit> similar = matchmaking.similarPractices(practice);
		List<CityMatch> withGap = matchmaking.citiesWithGap(practice);
		if (similar.isEmpty() && withGap.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Map.of("similar", similar, "withGap", withGap));
	}

}
