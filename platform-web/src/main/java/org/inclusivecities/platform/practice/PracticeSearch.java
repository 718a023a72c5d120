package org.inclusivecities.platform.practice;

import java.util.Collection;

/**
 * Full-text, faceted search over the published library. The default implementation is embedded Lucene
 * ({@code platform.web.search.engine=lucene}); another engine (OpenSearch, Elasticsearch) plugs in as a bean
 * of this type selected by that property. Only {@link PublishedPractice published} practices are ever given to
 * it, and every change reaches it synchronously.
 */
public interface PracticeSearch {

	/** Adds or replaces the practice in the index; visible to searches when this returns. */
	void index(PublishedPractice practice);

	/** Removes the practice from the index; gone from searches when this returns. */
	void remove(String practiceId);

	SearchResults search(SearchRequest request);

	/** Replaces the whole index by these practices. */
	void rebuild(Collection<PublishedPractice> practices);

	/** Number of practices in the index. */
	long size();

}
