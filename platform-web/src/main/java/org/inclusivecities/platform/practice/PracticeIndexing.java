package org.inclusivecities.platform.practice;

import org.inclusivecities.platform.pagecache.PublicContentChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with MongoDB: after every change a practice is re-indexed from its public
 * view (or removed when it has none), synchronously; at start an empty index is rebuilt from MongoDB.
 */
@Component
class PracticeIndexing {

	private static final Logger log = LoggerFactory.getLogger(PracticeIndexing.class);

	/** Practices read per database round trip when the index is rebuilt. */
	static final int REBUILD_PAGE = 500;

	private final PracticeSearch search;

	private final PublishedPractices published;

	private final ApplicationEventPublisher events;

	PracticeIndexing(PracticeSearch search, PublishedPractices published, ApplicationEventPublisher events) {
		this.search = search;
		this.published = published;
		this.events = events;
	}

	void sync(String practiceId) {
		published.find(practiceId).ifPresentOrElse(search::index, () -> search.remove(practiceId));
		events.publishEvent(new PublicContentChanged("practice"));
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuildWhenEmpty() {
		if (search.size() == 0) {
			search.rebuild(published.allInPages(REBUILD_PAGE));
			log.info("Search index rebuilt from the database with {} published practices", search.size());
		}
	}

}
