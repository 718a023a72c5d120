package org.inclusivecities.platform.session;

import org.inclusivecities.platform.security.PasswordChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A new password ends every other session of its person (listened to synchronously, in the request). */
@Component
class SessionsEnd {

	private final SignedInSessions sessions;

	SessionsEnd(SignedInSessions sessions) {
		this.sessions = sessions;
	}

	@EventListener
	void on(PasswordChanged changed) {
		sessions.endOthersOf(changed.personId());
	}

}
