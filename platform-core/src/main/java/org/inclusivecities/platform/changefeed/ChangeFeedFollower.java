package org.inclusivecities.platform.changefeed;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * While the application runs, and only when {@link OtherInstances} are possible, one thread follows the other
 * instances' changes: it picks the {@link ChangeFeed} ({@code platform.core.change-feed.mode}: change streams where
 * the database offers them, else polling) and hands every entry to {@link ChangeLog#replay}. A failure (the database
 * unreachable for a moment) is logged and the feed resumes; when entries may have been lost, {@link ChangesMissed}
 * makes the in-memory read models rebuild. A database that cannot be reached at start delays the feed, not the start.
 */
@Component
class ChangeFeedFollower implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ChangeFeedFollower.class);

	private static final Duration AFTER_FAILURE = Duration.ofSeconds(1);

	private final MongoTemplate mongo;

	private final ChangeLog changeLog;

	private final OtherInstances otherInstances;

	private final ChangeFeedProperties properties;

	private final Clock clock;

	private volatile Thread thread;

	private volatile ChangeFeed feed;

	ChangeFeedFollower(MongoTemplate mongo, ChangeLog changeLog, OtherInstances otherInstances,
			ChangeFeedProperties properties, Clock clock) {
		this.mongo = mongo;
		this.changeLog = changeLog;
		this.otherInstances = otherInstances;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void start() {
		if (otherInstances.possible()) {
			thread = Thread.ofPlatform().name("change-feed").daemon().unstarted(this::follow);
			thread.start();
		}
	}

	/** The feed the configuration asks for; {@code auto} tries change streams first. */
	ChangeFeed open() {
		MongoCollection<Document> entries = mongo.getCollection(ChangeLog.COLLECTION);
		var polling = new PolledChangeFeed(entries, properties.pollInterval(), properties.overlap(), clock);
		return switch (properties.mode()) {
			case POLLING -> polling;
			case CHANGE_STREAM -> ChangeStreamFeed.open(entries)
				.orElseThrow(() -> new IllegalStateException("platform.core.change-feed.mode is change-stream, "
						+ "but the database offers no change streams (a replica set does)"));
			case AUTO -> ChangeStreamFeed.open(entries).orElse(polling);
		};
	}

	private void follow() {
		boolean delayed = false;
		while (feed == null) {
			try {
				feed = open();
				log.info("Following other instances' changes through {}", feed.description());
				if (delayed) {
					changeLog.missed(); // what others changed while the database could not be reached
				}
			}
			catch (IllegalStateException misconfigured) {
				log.error("Not following other instances' changes: {}", misconfigured.getMessage());
				return;
			}
			catch (RuntimeException unreachable) {
				log.warn("Cannot follow other instances' changes yet ({}); trying again", unreachable.toString());
				delayed = true;
				if (!pause(AFTER_FAILURE)) {
					return;
				}
			}
		}
		while (thread == Thread.currentThread()) {
			try {
				List<Document> entries = feed.next();
				for (Document entry : entries) {
					replay(entry);
				}
				if (entries.isEmpty()) {
					Thread.sleep(feed.pause());
				}
			}
			catch (InterruptedException stopped) {
				return;
			}
			catch (RuntimeException ex) {
				if (thread != Thread.currentThread()) {
					return;
				}
				log.warn("Following other instances' changes failed ({}); trying again", ex.toString());
				recover();
			}
		}
	}

	private void replay(Document entry) {
		try {
			changeLog.replay(entry);
		}
		catch (RuntimeException ex) {
			log.warn("Applying change log entry {} failed ({}); read models rebuild", entry.get("_id"), ex.toString());
			changeLog.missed();
		}
	}

	private void recover() {
		if (!pause(AFTER_FAILURE)) {
			return;
		}
		try {
			if (!feed.recover()) {
				changeLog.missed();
			}
		}
		catch (RuntimeException stillFailing) {
			// the next round tries again
		}
	}

	/** Waits; false when stopped meanwhile. */
	private boolean pause(Duration duration) {
		try {
			Thread.sleep(duration);
			return thread == Thread.currentThread();
		}
		catch (InterruptedException stopped) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public void stop() {
		Thread running = thread;
		thread = null;
		if (running != null) {
			running.interrupt();
			try {
				running.join(Duration.ofSeconds(5));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			if (feed != null) {
				feed.close();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

}
