package org.inclusivecities.platform.practice;

import org.inclusivecities.platform.changefeed.ChangesMissed;
import org.inclusivecities.platform.changefeed.PublicChange;
import org.inclusivecities.platform.database.DatabaseStartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with MongoDB: after every {@link PracticeChange} (of this instance, or of another
 * one through the change feed) the practice is re-indexed from its public view (or removed when it has none),
 * synchronously; at start an empty index is rebuilt from MongoDB, and again when changes may have been missed.
 */
@Component
class PracticeIndexing implements DatabaseStartupTask {

	private static final Logger log = LoggerFactory.getLogger(PracticeIndexing.class);

	/** Practices read per database round trip when the index is rebuilt. */
	static final int REBUILD_PAGE = 500;

	private final PracticeSearch search;

	private final PublishedPractices published;

	PracticeIndexing(PracticeSearch search, PublishedPractices published) {
		this.search = search;
		this.published = published;
	}

	@EventListener
	@Order(PublicChange.READ_MODELS)
	void changed(PracticeChange change) {
		sync(change.practiceId());
	}

	void sync(String practiceId) {
		published.find(practiceId).ifPresentOrElse(search::index, () -> search.remove(practiceId));
	}

	/** Once the application started (a start-up task, retried while the database is away). */
	@Override
	public boolean afterStart() {
		return true;
	}

	@Override
	public void run() {
		rebuildWhenEmpty();
	}

	void rebuildWhenEmpty() {
		if (search.size() == 0) {
			rebuild();
		}
	}

	@EventListener(ChangesMissed.class)
	@Order(PublicChange.READ_MODELS)
	void rebuild() {
		search.rebuild(published.allInPages(REBUILD_PAGE));
		log.info("Search index rebuilt from the database with {} published practices", search.size());
	}

}
