package org.inclusivecities.platform.practice;


/**
 * Full-text, faceted search over the published library. Only {@link PublishedPractice published} practices are
 * ever given to it, and every change reaches it synchronously ({@code PracticeIndexing}); at start an empty index
 * is rebuilt from MongoDB.
 * <p>
 * The default implementation is embedded Lucene, active when {@code platform.web.search.engine} is unset or
 * {@code lucene}. To plug in OpenSearch or Elasticsearch: add the client library, write a
 * {@code @Component @ConditionalOnProperty(prefix = "platform.web.search", name = "engine", havingValue =
 * "opensearch")} class implementing this interface (map {@link SearchRequest#DIMENSIONS} to keyword fields with
 * terms aggregations, index title/summary/body with the {@code english} and {@code dutch} analyzers, highlight the
 * summary with {@code <mark>} and escape everything else) and set {@code platform.web.search.engine=opensearch}.
 * Nothing else changes.
 */
public interface PracticeSearch {

	/** Adds or replaces the practice in the index; visible to searches when this returns. */
	void index(PublishedPractice practice);

	/** Removes the practice from the index; gone from searches when this returns. */
	void remove(String practiceId);

	SearchResults search(SearchRequest request);

	/** Replaces the whole index by these practices. */
	void rebuild(Iterable<PublishedPractice> practices);

	/** Number of practices in the index. */
	long size();

}
