package org.inclusivecities.platform.practice.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.practice.SearchRequest;
import org.inclusivecities.platform.practice.SearchResults;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers per request and generation; counts per query and filters, handed to the other pages' searches. */
class SearchResultCacheTest {

	final SearchResultCache cache = new SearchResultCache();

	final List<SearchResultCache.Counts> given = new ArrayList<>();

	SearchResults search(SearchRequest request, SearchResultCache.Counts known) {
		given.add(known);
		long total = 40 + request.filters().size();
		return new SearchResults(total, request.page(), request.size(), List.of(), List.of(new SearchResults.Facet(
				SearchRequest.LANGUAGE, List.of(new SearchResults.FacetValue("nl", total, false)))));
	}

	@Test
	void theFirstPageCountsAndTheOtherPagesOfTheSameQueryReuseItsCounts() {
		SearchResults first = cache.get(page("herstel", Map.of(), 0, 10), this::search);
		cache.get(page("herstel", Map.of(), 3, 10), this::search);
		cache.get(page("herstel", Map.of(), 0, 50), this::search); // the API's page size
		assertThat(given).hasSize(3);
		assertThat(given.get(0)).as("nothing known yet").isNull();
		assertThat(given.get(1)).isEqualTo(new SearchResultCache.Counts(first.total(), first.facets()));
		assertThat(given.get(2)).isEqualTo(given.get(1));
	}

	@Test
	void otherQueriesOrFiltersCountForThemselves() {
		cache.get(page("herstel", Map.of(), 0, 10), this::search);
		cache.get(page("herstelcafé", Map.of(), 1, 10), this::search);
		cache.get(page("herstel", Map.of(SearchRequest.LANGUAGE, Set.of("nl")), 1, 10), this::search);
		assertThat(given).containsOnlyNulls().hasSize(3);
	}

	@Test
	void anIndexChangeForgetsTheCountsToo() {
		cache.get(page("herstel", Map.of(), 0, 10), this::search);
		cache.changed();
		cache.get(page("herstel", Map.of(), 1, 10), this::search);
		assertThat(given).containsOnlyNulls().hasSize(2);
		assertThat(cache.get(page("herstel", Map.of(), 1, 10), this::search)).as("the answer itself is cached")
			.isNotNull();
		assertThat(given).hasSize(2);
	}

	static SearchRequest page(String query, Map<String, Set<String>> filters, int page, int size) {
		return new SearchRequest(query, filters, page, size);
	}

}
