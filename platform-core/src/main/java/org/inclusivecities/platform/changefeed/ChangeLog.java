package org.inclusivecities.platform.changefeed;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mapping.MappingException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The one collection through which instances tell each other what changed: every {@link PublicChange} published in
 * this instance is appended as one document (a single-document insert: the embedded server and standalone servers
 * have no transactions) with the instance it came from; a {@link ChangeFeed} brings the other instances' entries in
 * and {@link #replay} publishes them here as if they had happened here. Only when {@link OtherInstances} are
 * possible; entries older than the retention are removed.
 */
@Component
public class ChangeLog {

	public static final String COLLECTION = "change_log";

	static final String ORIGIN = "origin";

	static final String AT = "at";

	static final String CHANGE = "change";

	private static final Logger log = LoggerFactory.getLogger(ChangeLog.class);

	/** Set while a change of another instance is published here, so that it is not appended again. */
	private static final ThreadLocal<Boolean> replaying = new ThreadLocal<>();

	private final String origin = UUID.randomUUID().toString();

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	private final OtherInstances otherInstances;

	private final ChangeFeedProperties properties;

	private final Clock clock;

	ChangeLog(MongoTemplate mongo, ApplicationEventPublisher events, OtherInstances otherInstances,
			ChangeFeedProperties properties, Clock clock) {
		this.mongo = mongo;
		this.events = events;
		this.otherInstances = otherInstances;
		this.properties = properties;
		this.clock = clock;
	}

	/** Appends a change of this instance, after this instance's own listeners have seen it. */
	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void append(PublicChange change) {
		if (!otherInstances.possible() || Boolean.TRUE.equals(replaying.get())) {
			return;
		}
		Document stored = new Document();
		mongo.getConverter().write(change, stored);
		mongo.getCollection(COLLECTION)
			.insertOne(new Document(ORIGIN, origin).append(AT, Date.from(clock.instant())).append(CHANGE, stored));
	}

	/** Publishes an entry of the change log here, unless it came from this instance or cannot be read. */
	void replay(Document entry) {
		if (origin.equals(entry.getString(ORIGIN))) {
			return;
		}
		read(entry).ifPresent(change -> {
			replaying.set(Boolean.TRUE);
			try {
				events.publishEvent(change);
			}
			finally {
				replaying.remove();
			}
		});
	}

	private Optional<PublicChange> read(Document entry) {
		try {
			Object change = mongo.getConverter().read(Object.class, entry.get(CHANGE, Document.class));
			return change instanceof PublicChange publicChange ? Optional.of(publicChange) : Optional.empty();
		}
		catch (MappingException | IllegalArgumentException | ClassCastException ex) {
			// e.g. a change type a newer instance knows and this one does not: its effect shows within the page TTL
			log.warn("Change log entry {} cannot be read and is skipped: {}", entry.get("_id"), ex.toString());
			return Optional.empty();
		}
	}

	/** Notes that changes may have been missed (see {@link ChangesMissed}). */
	void missed() {
		events.publishEvent(new ChangesMissed());
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void removeOld() {
		if (otherInstances.possible()) {
			mongo.remove(Query.query(Criteria.where(AT).lt(Date.from(clock.instant().minus(properties.retention())))),
					COLLECTION);
		}
	}

}
