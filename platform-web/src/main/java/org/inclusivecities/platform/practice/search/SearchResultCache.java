package org.inclusivecities.platform.practice.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.inclusivecities.platform.practice.SearchRequest;
import org.inclusivecities.platform.practice.SearchResults;

/**
 * Whole search answers (hits and facet counts) per request and index generation, so a popular query is scored
 * and facet-counted once per index change instead of on every request. Bounded (least recently and frequently
 * used entries go first). {@link #changed()} starts a new generation when the index changes: an answer computed
 * before a withdrawal can never be served after it, because its key names the older generation (the generation
 * is read before the searcher is acquired, and bumped only after the new searcher is visible).
 * <p>
 * The total and the facet counts do not depend on the page, so they are kept per query and filters as well: the
 * other pages of a query (or the same query asked through the API with another page size) only collect their
 * hits, which skips the costliest part of a search with many matches.
 */
final class SearchResultCache {

	/** Answers kept; one is a page of at most 100 hits with snippets plus the facet counts (a few kB). */
	static final int MAX_ENTRIES = 2_000;

	private final Cache<Key, SearchResults> answers = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

	private final Cache<CountsKey, Counts> counts = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

	private final AtomicLong generation = new AtomicLong();

	/** What a search counts over all its matches: the same for every page of one query and set of filters. */
	record Counts(long total, List<SearchResults.Facet> facets) {
	}

	private record Key(long generation, SearchRequest request) {
	}

	private record CountsKey(long generation, String query, Map<String, Set<String>> filters) {
	}

	/**
	 * The cached answer, or the search's: it is given the counts of the same query and filters when another page
	 * of it was answered in this generation (else null), and its counts are kept for the other pages.
	 */
	SearchResults get(SearchRequest request, BiFunction<SearchRequest, Counts, SearchResults> search) {
		long current = generation.get();
		return answers.get(new Key(current, request), key -> {
			CountsKey countsKey = new CountsKey(current, request.query(), request.filters());
			Counts known = counts.getIfPresent(countsKey);
			SearchResults results = search.apply(request, known);
			if (known == null) {
				counts.put(countsKey, new Counts(results.total(), results.facets()));
			}
			return results;
		});
	}

	/** The index changed and its new searcher is visible: forget every answer. */
	void changed() {
		generation.incrementAndGet();
		answers.invalidateAll();
		counts.invalidateAll();
	}

	long size() {
		answers.cleanUp();
		return answers.estimatedSize();
	}

}
