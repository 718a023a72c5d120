package org.inclusivecities.platform.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.types.Binary;

import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * HTTP sessions in the {@code sessions} collection, so every instance sharing the database knows every
 * signed-in person (and their CSRF token). Attributes are stored Java-serialized in one binary field, as
 * Spring Session's own stores do; {@code expireAt} drives a TTL index on MongoDB and
 * {@link ExpiredSessions} elsewhere. An expired session is never returned, whatever is still stored.
 */
final class MongoSessions implements SessionRepository<MapSession> {

	static final String COLLECTION = "sessions";

	/** The signed-in person's id, stored beside the serialized attributes so their sessions can be found. */
	static final String PERSON = "personId";

	private static final String SECURITY_CONTEXT = "SPRING_SECURITY_CONTEXT";

	private final MongoCollection<Document> sessions;

	private final Clock clock;

	private final Duration timeout;

	private final SerializingConverter serializer = new SerializingConverter();

	private final DeserializingConverter deserializer;

	MongoSessions(MongoCollection<Document> sessions, Clock clock, Duration timeout, ClassLoader classLoader) {
		this.sessions = sessions;
		this.clock = clock;
		this.timeout = timeout;
		this.deserializer = new DeserializingConverter(classLoader);
	}

	@Override
	public MapSession createSession() {
		MapSession session = new MapSession();
		Instant now = clock.instant();
		session.setCreationTime(now);
		session.setLastAccessedTime(now);
		session.setMaxInactiveInterval(timeout);
		return session;
	}

	@Override
	public void save(MapSession session) {
		if (!session.getId().equals(session.getOriginalId())) {
			// the id changed (sign-in protects against session fixation): the old id must stop working
			sessions.deleteOne(Filters.eq("_id", session.getOriginalId()));
		}
		Map<String, Object> attributes = new HashMap<>();
		session.getAttributeNames().forEach(name -> attributes.put(name, session.getAttribute(name)));
		Document document = new Document("_id", session.getId())
			.append("createdAt", Date.from(session.getCreationTime()))
			.append("lastAccessedAt", Date.from(session.getLastAccessedTime()))
			.append("maxInactiveSeconds", session.getMaxInactiveInterval().toSeconds())
			.append("expireAt", Date.from(session.getLastAccessedTime().plus(session.getMaxInactiveInterval())))
			.append("attributes", new Binary(serializer.convert(attributes)))
			.append(PERSON, personOf(session));
		sessions.replaceOne(Filters.eq("_id", session.getId()), document, new ReplaceOptions().upsert(true));
	}

	@Override
	public MapSession findById(String id) {
		Document document = sessions.find(Filters.eq("_id", id)).first();
		if (document == null) {
			return null;
		}
		MapSession session = new MapSession(id);
		session.setCreationTime(document.getDate("createdAt").toInstant());
		session.setLastAccessedTime(document.getDate("lastAccessedAt").toInstant());
		session.setMaxInactiveInterval(Duration.ofSeconds(document.get("maxInactiveSeconds", Number.class).longValue()));
		if (!session.getLastAccessedTime().plus(session.getMaxInactiveInterval()).isAfter(clock.instant())) {
			deleteById(id);
			return null;
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> attributes = (Map<String, Object>) deserializer
			.convert(document.get("attributes", Binary.class).getData());
		attributes.forEach(session::setAttribute);
		return session;
	}

	@Override
	public void deleteById(String id) {
		sessions.deleteOne(Filters.eq("_id", id));
	}

	/** The ids of the sessions the person is signed in with. */
	List<String> idsOf(String personId) {
		List<String> ids = new ArrayList<>();
		sessions.find(Filters.eq(PERSON, personId)).projection(new Document("_id", 1)).forEach(d -> ids.add(d.getString("_id")));
		return ids;
	}

	/** Ends every session of the person except {@code keptId} (may be null); returns how many ended. */
	long deleteAllOf(String personId, String keptId) {
		var theirs = Filters.eq(PERSON, personId);
		return sessions.deleteMany(keptId == null ? theirs : Filters.and(theirs, Filters.ne("_id", keptId)))
			.getDeletedCount();
	}

	/** The person signed in with a session, or null. */
	static String personOf(Session session) {
		return session.getAttribute(SECURITY_CONTEXT) instanceof SecurityContext context
				&& context.getAuthentication() != null
				&& context.getAuthentication().getPrincipal() instanceof PlatformPrincipal principal
						? principal.personId() : null;
	}

	/** Removes sessions whose time is up; returns how many. */
	long deleteExpired() {
		return sessions.deleteMany(Filters.lte("expireAt", Date.from(clock.instant()))).getDeletedCount();
	}

}
