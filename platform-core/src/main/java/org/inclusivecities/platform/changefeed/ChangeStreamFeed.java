package org.inclusivecities.platform.changefeed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import org.bson.BsonDocument;
import org.bson.Document;

/**
 * Follows the change log through a MongoDB change stream (inserts only): the server pushes each entry as it is
 * appended (a replica set, as {@code deploy/} runs; the embedded server with its oplog enabled, see
 * {@code platform.embedded-mongodb.oplog}). After a failure it resumes after the last entry it delivered.
 */
final class ChangeStreamFeed implements ChangeFeed {

	/** After an empty answer: a real server already waited up to {@link #AWAIT} for one; the embedded one does not. */
	private static final Duration PAUSE = Duration.ofMillis(100);

	private static final long AWAIT = 1000;

	private final MongoCollection<Document> log;

	private MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor;

	private BsonDocument resumeToken;

	private ChangeStreamFeed(MongoCollection<Document> log) {
		this.log = log;
	}

	/** A feed on {@code log}, or empty when the database offers no change streams (a standalone server). */
	static Optional<ChangeFeed> open(MongoCollection<Document> log) {
		ChangeStreamFeed feed = new ChangeStreamFeed(log);
		try {
			feed.cursor = feed.watch(null);
		}
		catch (MongoCommandException unsupported) {
			return Optional.empty(); // e.g. 40573: "The $changeStream stage is only supported on replica sets"
		}
		if (feed.cursor.getServerCursor() == null) {
			// the embedded server without its oplog answers a change stream with an exhausted cursor
			feed.close();
			return Optional.empty();
		}
		return Optional.of(feed);
	}

	private MongoChangeStreamCursor<ChangeStreamDocument<Document>> watch(BsonDocument after) {
		var stream = log.watch(List.of(Aggregates.match(Filters.eq("operationType", "insert"))))
			.maxAwaitTime(AWAIT, TimeUnit.MILLISECONDS);
		return (after != null ? stream.resumeAfter(after) : stream).cursor();
	}

	@Override
	public List<Document> next() {
		List<Document> entries = new ArrayList<>();
		ChangeStreamDocument<Document> change = cursor.tryNext();
		while (change != null) {
			entries.add(change.getFullDocument());
			resumeToken = change.getResumeToken();
			change = cursor.available() > 0 ? cursor.tryNext() : null;
		}
		return entries;
	}

	@Override
	public Duration pause() {
		return PAUSE;
	}

	@Override
	public boolean recover() {
		close();
		if (resumeToken != null) {
			try {
				cursor = watch(resumeToken);
				return true;
			}
			catch (MongoException lost) {
				// e.g. 286 ChangeStreamHistoryLost: the entry after the token is no longer in the oplog
			}
		}
		cursor = watch(null);
		return false;
	}

	@Override
	public String description() {
		return "a MongoDB change stream on " + log.getNamespace().getCollectionName();
	}

	@Override
	public void close() {
		if (cursor != null) {
			try {
				cursor.close();
			}
			catch (MongoException ignored) {
				// the connection is gone already
			}
		}
	}

}
