package org.inclusivecities.platform.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.operations.OtherInstances;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link DirectoryReadModel} in step with the {@code cities} collection, the way
 * {@code PracticeIndexFollower} keeps the search index: a city saved in this instance is applied at once (Spring
 * Data's after-save event); every save also stamps {@code updatedAt} ({@link DirectoryChangeStamp}), and each
 * instance polls for cities stamped since it last looked (overlapping by {@code platform.web.directory.follow-overlap}
 * against clock skew), which brings in what other instances changed. Writes that bypass the mapping (imports as
 * raw documents, deletes) rebuild the model, and a slow full rebuild ({@code platform.web.directory.rebuild-interval})
 * catches anything else. Polling and the periodic rebuild run only when other instances can write to the database
 * ({@link OtherInstances}: not with the embedded MongoDB).
 */
@Component
class DirectoryFollower extends AbstractMongoEventListener<Object> {

	static final String COLLECTION = "cities";

	private static final int BATCH = 1000;

	private final MongoTemplate mongo;

	private final DirectoryReadModel model;

	private final Duration overlap;

	private final OtherInstances otherInstances;

	private volatile Instant watermark;

	DirectoryFollower(MongoTemplate mongo, DirectoryReadModel model, Clock clock, OtherInstances otherInstances,
			@Value("${platform.web.directory.follow-overlap:PT30S}") Duration overlap) {
		this.mongo = mongo;
		this.otherInstances = otherInstances;
		this.model = model;
		this.overlap = overlap;
		this.watermark = clock.instant();
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		model.listed();
	}

	@Override
	public void onAfterSave(AfterSaveEvent<Object> event) {
		if (COLLECTION.equals(event.getCollectionName())) {
			if (event.getSource() instanceof City city) {
				model.apply(city);
			}
			else {
				model.rebuild();
			}
		}
	}

	@Override
	public void onAfterDelete(AfterDeleteEvent<Object> event) {
		if (COLLECTION.equals(event.getCollectionName())) {
			model.rebuild();
		}
	}

	/** Polls for other instances' changes, when there can be any ({@link OtherInstances}). */
	@Scheduled(fixedDelayString = "${platform.web.directory.follow-interval:PT2S}", initialDelayString = "PT10S")
	void poll() {
		if (otherInstances.possible()) {
			follow();
		}
	}

	/** Applies the cities stamped since the last look (by any instance). */
	void follow() {
		Query changed = new Query(Criteria.where(DirectoryChangeStamp.FIELD).gte(Date.from(watermark.minus(overlap))))
			.with(Sort.by(DirectoryChangeStamp.FIELD))
			.limit(BATCH);
		Instant newest = watermark;
		for (Document document : mongo.find(changed, Document.class, COLLECTION)) {
			model.apply(mongo.getConverter().read(City.class, document));
			Instant updated = document.getDate(DirectoryChangeStamp.FIELD).toInstant();
			if (updated.isAfter(newest)) {
				newest = updated;
			}
		}
		watermark = newest;
	}

	@Scheduled(fixedDelayString = "${platform.web.directory.rebuild-interval:PT15M}",
			initialDelayString = "${platform.web.directory.rebuild-interval:PT15M}")
	void rebuild() {
		if (otherInstances.possible()) {
			model.rebuild();
		}
	}

}
