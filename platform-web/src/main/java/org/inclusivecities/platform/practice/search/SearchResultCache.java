package org.inclusivecities.platform.practice.search;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

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
 */
final class SearchResultCache {

	/** Answers kept; one is a page of at most 100 hits with snippets plus the facet counts (a few kB). */
	static final int MAX_ENTRIES = 2_000;

	private final Cache<Key, SearchResults> answers = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

	private final AtomicLong generation = new AtomicLong();

	private record Key(long generation, SearchRequest request) {
	}

	SearchResults get(SearchRequest request, Function<SearchRequest, SearchResults> search) {
		Key key = new Key(generation.get(), request);
		return answers.get(key, k -> search.apply(k.request()));
	}

	/** The index changed and its new searcher is visible: forget every answer. */
	void changed() {
		generation.incrementAndGet();
		answers.invalidateAll();
	}

	long size() {
		answers.cleanUp();
		return answers.estimatedSize();
	}

}
