package org.inclusivecities.platform.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.inclusivecities.platform.city.DataSubject;
import org.inclusivecities.platform.city.PersonalData;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.MapSession;
import org.springframework.stereotype.Component;

/**
 * The person's signed-in sessions in the shared {@code sessions} collection: counted in the export, all
 * ended on erasure (attributes are serialized, so each stored session is read back to find its owner).
 */
@Component
class SessionPersonalData implements PersonalData {

	private static final String CONTEXT = "SPRING_SECURITY_CONTEXT";

	private final MongoTemplate mongo;

	private final ObjectProvider<MongoSessions> sessions;

	SessionPersonalData(MongoTemplate mongo, ObjectProvider<MongoSessions> sessions) {
		this.mongo = mongo;
		this.sessions = sessions;
	}

	@Override
	public String name() {
		return "sessions";
	}

	@Override
	public Object exportPerson(DataSubject subject) {
		return Map.of("signedInSessions", theirs(subject).size());
	}

	@Override
	public void erase(DataSubject subject) {
		MongoSessions repository = sessions.getIfAvailable();
		if (repository != null) {
			theirs(subject).forEach(repository::deleteById);
		}
	}

	private List<String> theirs(DataSubject subject) {
		MongoSessions repository = sessions.getIfAvailable();
		List<String> ids = new ArrayList<>();
		if (repository == null) {
			return ids;
		}
		for (Document stored : mongo.getCollection(MongoSessions.COLLECTION).find().projection(new Document("_id", 1))) {
			String id = stored.getString("_id");
			MapSession session = id == null ? null : repository.findById(id);
			if (session != null && session.getAttribute(CONTEXT) instanceof SecurityContext context
					&& context.getAuthentication() != null
					&& context.getAuthentication().getPrincipal() instanceof PlatformPrincipal principal
					&& subject.personId().equals(principal.personId())) {
				ids.add(id);
			}
		}
		return ids;
	}

}
