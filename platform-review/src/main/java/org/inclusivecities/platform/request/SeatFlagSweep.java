package org.inclusivecities.platform.request;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Judges every live seat of the network again at an interval and flags what breaks a rule and was not flagged yet:
 * the safety net under the flags made right after each change (which a failure or a concurrent change of the
 * request can miss). Flagging is idempotent, so a seat is flagged, and the secretariat mailed, once per rule.
 * One instance at a time (ShedLock).
 */
@Component
public class SeatFlagSweep {

	private static final Logger log = LoggerFactory.getLogger(SeatFlagSweep.class);

	private final SeatFlags flags;

	SeatFlagSweep(SeatFlags flags) {
		this.flags = flags;
	}

	@Scheduled(fixedDelayString = "${platform.review.seat-flag-sweep:PT5M}", initialDelayString = "${platform.review.jobs-start-delay:PT1M}")
	@SchedulerLock(name = "review-seat-flags", lockAtMostFor = "PT10M")
	public void run() {
		int flagged = flags.flagBrokenSeats();
		if (flagged > 0) {
			log.info("Seat flag sweep flagged {} seat rule(s) missed before", flagged);
		}
	}

}
