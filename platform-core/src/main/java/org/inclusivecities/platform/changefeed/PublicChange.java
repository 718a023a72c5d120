package org.inclusivecities.platform.changefeed;

/**
 * A past-tense event that changes what visitors see (a city listed, a practice withdrawn, a consent withdrawn, a plan
 * published). The feature that made the change publishes it through Spring's {@code ApplicationEventPublisher} once
 * the change is stored; this instance's read models, search index and page cache listen to it, and the
 * {@link ChangeLog} carries it to the other instances, which publish it again there. Implementations are records of
 * ids (strings and numbers), so that they can be stored as a document; listeners read the current state by those ids.
 * <p>
 * Listeners keeping a read model or index run first ({@code @Order(PublicChange.READ_MODELS)}), caches of whole pages
 * after them ({@link #PAGES}), so that a page rendered after the cache was emptied shows the updated model; the change
 * log appends last.
 */
public interface PublicChange {

	/** {@code @Order} of the listeners that update a read model or index. */
	int READ_MODELS = 0;

	/** {@code @Order} of the listeners that forget rendered pages. */
	int PAGES = 100;

}
