package org.inclusivecities.platform.session;

import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a person's other sessions when what they were signed in with no longer holds: a new password (reset or
 * changed), erasure, a role taken away. Sessions are found by the person index of the shared store; with
 * {@code platform.web.shared-sessions=false} (one instance, the container's sessions) there is nothing to search
 * and this does nothing.
 */
@Component
public class SignedInSessions {

	private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

	private final ObjectProvider<MongoSessions> sessions;

	SignedInSessions(ObjectProvider<MongoSessions> sessions) {
		this.sessions = sessions;
	}

	/** Signs the person out everywhere except in the session answering the current request (if any). */
	public void endOthersOf(String personId) {
		MongoSessions repository = sessions.getIfAvailable();
		if (repository == null || personId == null) {
			return;
		}
		long ended = repository.deleteAllOf(personId, currentSessionId());
		if (ended > 0) {
			// a count only: who it was is personal data
			log.info("Ended {} other sessions of a person", ended);
		}
	}

	private static String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return session == null ? null : session.getId();
		}
		return null;
	}

}
