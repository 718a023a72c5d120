package org.inclusivecities.platform.changefeed;

import java.time.Duration;
import java.util.List;

import org.bson.Document;

/**
 * Brings in the entries appended to the {@link ChangeLog} (by every instance: {@link ChangeLog#replay} skips this
 * instance's own). Two ways, chosen once at start by {@link ChangeFeedFollower}: {@link ChangeStreamFeed} (MongoDB
 * change streams, a replica set) and {@link PolledChangeFeed} (where the database offers no change streams).
 */
sealed interface ChangeFeed permits ChangeStreamFeed, PolledChangeFeed {

	/** The entries appended since the last call, oldest first; empty when there are none (yet). */
	List<Document> next();

	/** How long to wait after an empty {@link #next()} before asking again. */
	Duration pause();

	/**
	 * Starts again after a failure of {@link #next()}.
	 * @return false when entries appended meanwhile may be lost
	 */
	boolean recover();

	/** For the log: how this feed follows the other instances. */
	String description();

	void close();

}
