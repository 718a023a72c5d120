package org.inclusivecities.platform.join;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes approvals whose follow-up (membership, admin invitation, welcome mail) stopped half-way, e.g. when the
 * process died or the database failed between two writes. MongoDB has no transaction across these documents
 * here, so the approval is stored first with what the follow-up needs and every step is safe to repeat. One
 * instance at a time (ShedLock); an approval gets a grace minute before it counts as stuck.
 */
@Component
class ApprovalFollowUp {

	private static final Logger log = LoggerFactory.getLogger(ApprovalFollowUp.class);

	static final Duration GRACE = Duration.ofMinutes(1);

	private final ApplicationDecisions decisions;

	private final Clock clock;

	ApprovalFollowUp(ApplicationDecisions decisions, Clock clock) {
		this.decisions = decisions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${platform.core.approval-follow-up-interval:PT1M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "approval-follow-up", lockAtMostFor = "PT5M")
	void finishStuckApprovals() {
		try {
			int finished = decisions.finishApprovals(clock.instant().minus(GRACE));
			if (finished > 0) {
				log.info("Finished {} approval(s) whose follow-up had stopped half-way", finished);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Approval follow-up failed, will retry: {}", ex.getClass().getName());
		}
	}

}
