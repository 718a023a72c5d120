package org.inclusivecities.platform.session;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Clears expired sessions on servers without TTL indexes (the embedded one ignores them); on MongoDB the
 * TTL index does the same and this finds nothing. One instance at a time (ShedLock).
 */
class ExpiredSessions {

	private static final Logger log = LoggerFactory.getLogger(ExpiredSessions.class);

	private final MongoSessions sessions;

	ExpiredSessions(MongoSessions sessions) {
		this.sessions = sessions;
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	@SchedulerLock(name = "expired-sessions", lockAtMostFor = "PT5M")
	void clear() {
		long deleted = sessions.deleteExpired();
		if (deleted > 0) {
			log.info("Removed {} expired sessions", deleted);
		}
	}

}
