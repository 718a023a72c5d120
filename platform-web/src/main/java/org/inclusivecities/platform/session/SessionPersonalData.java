package org.inclusivecities.platform.session;

import java.util.List;
import java.util.Map;

import org.inclusivecities.platform.city.DataSubject;
import org.inclusivecities.platform.city.PersonalData;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The person's signed-in sessions in the shared {@code sessions} collection: counted in the export, all
 * ended on erasure (found by the person id stored beside the serialized attributes).
 */
@Component
class SessionPersonalData implements PersonalData {

	private final ObjectProvider<MongoSessions> sessions;

	SessionPersonalData(ObjectProvider<MongoSessions> sessions) {
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
			repository.deleteAllOf(subject.personId(), null);
		}
	}

	private List<String> theirs(DataSubject subject) {
		MongoSessions repository = sessions.getIfAvailable();
		return repository == null ? List.of() : repository.idsOf(subject.personId());
	}

}
