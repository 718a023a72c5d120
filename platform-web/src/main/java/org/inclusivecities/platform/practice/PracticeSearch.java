package org.inclusivecities.platform.practice;

import java.util.List;

/**
 * Full-text, faceted search over the published library. Only {@link PublishedPractice published} practices are
 * ever given to it, and every change reaches it synchronously ({@code PracticeIndexing}); at start an empty index
 * is rebuilt from MongoDB.
 * <p>
 * The default implementation is embedded Lucene, active when {@code platform.web.search.engine} is unset or
 * {@code lucene}. With {@code platform.web.search.engine=opensearch} and {@code platform.web.search.opensearch.uris}
 * the same behaviour comes from an OpenSearch cluster shared by all instances (English and Dutch analyzers, terms
 * aggregations for the facets, {@code <mark>} highlighting); both are held to one test contract. Nothing else
 * changes.
 */
public interface PracticeSearch {

	/** Adds or replaces the practice in the index; visible to searches when this returns. */
	void index(PublishedPractice practice);

	/** Removes the practice from the index; gone from searches when this returns. */
	void remove(String practiceId);

	SearchResults search(SearchRequest request);

	/**
	 * Every practice the city published, newest first, as hits with the plain (escaped) summary as snippet: the
	 * city's profile lists them from the index, so no database query scans the library for it.
	 */
	List<SearchResults.Hit> publishedBy(String cityId);

	/**
	 * Up to {@code limit} other published practices most like this one, best first: Lucene's {@code MoreLikeThis}
	 * (OpenSearch's {@code more_like_this} query) over the title, summary and body in English and Dutch. No text
	 * similarity of our own.
	 */
	List<SearchResults.Hit> similar(PublishedPractice practice, int limit);

	/** Replaces the whole index by these practices. */
	void rebuild(Iterable<PublishedPractice> practices);

	/** Number of practices in the index. */
	long size();

}
