package org.inclusivecities.platform.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.inclusivecities.platform.operations.OtherInstances;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's embedded search index in step with changes made through other instances sharing
 * the database: every practice change sets {@code updatedAt}, and each instance (deliberately without a
 * cluster lock: every instance has its own index) re-syncs the practices changed since it last looked. The
 * look-back overlaps by {@code platform.web.search.follow-overlap} so clock skew between instances loses
 * nothing; a change already synced is not synced again. It polls only when other instances can write to the database
 * ({@link OtherInstances}: not with the embedded MongoDB, where each poll would scan the whole library).
 */
@Component
class PracticeIndexFollower {

	private static final int BATCH = 1000;

	private final MongoTemplate mongo;

	private final PracticeIndexing indexing;

	private final Duration overlap;

	private final OtherInstances otherInstances;

	private volatile Instant watermark;

	/**
	 * The change (updatedAt and version) last synced per practice, for the practices the overlapping look-back can
	 * still return: a change is synced once, so a quiet poll neither re-indexes nor empties the page cache.
	 */
	private final Map<String, Change> synced = new ConcurrentHashMap<>();

	private record Change(Instant updatedAt, Object version) {
	}

	PracticeIndexFollower(MongoTemplate mongo, PracticeIndexing indexing, Clock clock, OtherInstances otherInstances,
			@Value("${platform.web.search.follow-overlap:PT30S}") Duration overlap) {
		this.mongo = mongo;
		this.otherInstances = otherInstances;
		this.indexing = indexing;
		this.overlap = overlap;
		this.watermark = clock.instant();
	}

	/** Polls for other instances' changes, when there can be any ({@link OtherInstances}). */
	@Scheduled(fixedDelayString = "${platform.web.search.follow-interval:PT2S}", initialDelayString = "PT10S")
	void poll() {
		if (otherInstances.possible()) {
			follow();
		}
	}

	void follow() {
		Query changed = new Query(Criteria.where("updatedAt").gte(watermark.minus(overlap)))
			.with(Sort.by("updatedAt"))
			.limit(BATCH);
		changed.fields().include("_id", "updatedAt", "version");
		Instant newest = watermark;
		for (Document practice : mongo.find(changed, Document.class, "practices")) {
			String id = practice.getObjectId("_id").toHexString();
			Instant updated = practice.getDate("updatedAt").toInstant();
			Change change = new Change(updated, practice.get("version"));
			if (!change.equals(synced.put(id, change))) {
				indexing.sync(id);
			}
			if (updated.isAfter(newest)) {
				newest = updated;
			}
		}
		watermark = newest;
		Instant forgotten = newest.minus(overlap);
		synced.values().removeIf(change -> change.updatedAt().isBefore(forgotten));
	}

}
