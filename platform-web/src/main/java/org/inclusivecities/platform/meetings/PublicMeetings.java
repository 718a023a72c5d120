package org.inclusivecities.platform.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The cross-city read of network meetings: every organiser's announced meetings are public and network-wide, so
 * this read (not the organisers' {@link NetworkEvents}) serves the list, the meeting pages and the calendar, and
 * only ever as {@link PublicMeeting}s. Reads the (startsAt) index.
 */
@Component
public class PublicMeetings {

	private static final String ID = "[0-9a-f]{24}";

	private final MongoTemplate mongo;

	PublicMeetings(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Meetings that have not ended, cancelled ones included (marked), soonest first. */
	public List<PublicMeeting> upcoming(Instant now) {
		return mongo.find(Query.query(Criteria.where("endsAt").gt(now)).with(Sort.by("startsAt", "title")),
				NetworkEvent.class).stream().map(PublicMeeting::of).toList();
	}

	/** Every meeting not cancelled, past ones included (the recovery calendar shows both). */
	public List<PublicMeeting> announced() {
		return mongo.find(Query.query(Criteria.where("cancelledAt").isNull()).with(Sort.by("startsAt")),
				NetworkEvent.class).stream().map(PublicMeeting::of).toList();
	}

	/** The public view of one meeting, by id (any organiser's). */
	public Optional<PublicMeeting> find(String id) {
		return event(id).map(PublicMeeting::of);
	}

	/** The meeting itself, for registering: the cross-city access a registration needs, nothing else. */
	Optional<NetworkEvent> event(String id) {
		if (id == null || !id.matches(ID)) {
			return Optional.empty();
		}
		return Optional.ofNullable(mongo.findById(id, NetworkEvent.class));
	}

	/** Meetings starting within the window whose reminder is still to go (the reminder job). */
	List<NetworkEvent> startingBetween(Instant from, Instant until) {
		return mongo.find(Query.query(Criteria.where("startsAt").gt(from).lte(until)
			.and("cancelledAt").isNull()
			.and("remindedAt").isNull()), NetworkEvent.class);
	}

	/** Saves a registration change, guarded by the meeting's version (a stale copy fails, and is retried). */
	NetworkEvent save(NetworkEvent event) {
		return mongo.save(event);
	}

}
