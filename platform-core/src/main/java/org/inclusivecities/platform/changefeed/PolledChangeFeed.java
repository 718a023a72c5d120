package org.inclusivecities.platform.changefeed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

/**
 * Follows the change log by asking for the entries appended since the newest one it saw, every poll interval, where
 * the database offers no change streams. Each poll looks back by the overlap (instances' clocks differ, and an entry
 * may be stored a moment after its time); an entry already delivered is not delivered again.
 */
final class PolledChangeFeed implements ChangeFeed {

	private final MongoCollection<Document> log;

	private final Duration interval;

	private final Duration overlap;

	private Instant newest;

	/** Entries delivered that the look-back can still return, with their time. */
	private final Map<Object, Instant> delivered = new HashMap<>();

	PolledChangeFeed(MongoCollection<Document> log, Duration interval, Duration overlap, Clock clock) {
		this.log = log;
		this.interval = interval;
		this.overlap = overlap;
		this.newest = clock.instant();
	}

	@Override
	public List<Document> next() {
		Instant from = newest.minus(overlap);
		List<Document> found = log.find(Filters.gte(ChangeLog.AT, Date.from(from)))
			.sort(Sorts.ascending(ChangeLog.AT, "_id"))
			.into(new ArrayList<>());
		List<Document> fresh = new ArrayList<>();
		for (Document entry : found) {
			Instant at = entry.getDate(ChangeLog.AT).toInstant();
			if (delivered.putIfAbsent(entry.get("_id"), at) == null) {
				fresh.add(entry);
			}
			if (at.isAfter(newest)) {
				newest = at;
			}
		}
		Instant forgotten = newest.minus(overlap);
		delivered.values().removeIf(at -> at.isBefore(forgotten));
		return fresh;
	}

	@Override
	public Duration pause() {
		return interval;
	}

	@Override
	public boolean recover() {
		return true; // the next poll starts where the last one that answered stopped
	}

	@Override
	public String description() {
		return "polling " + log.getNamespace().getCollectionName() + " every " + interval;
	}

	@Override
	public void close() {
	}

}
