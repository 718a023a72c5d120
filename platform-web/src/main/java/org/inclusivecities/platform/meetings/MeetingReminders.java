package org.inclusivecities.platform.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The reminder of the day before: every quarter of an hour, each meeting starting within a day whose reminder has not
 * gone yet is marked reminded (on its version, so one instance wins) and then mails everyone with a seat. A meeting
 * changed meanwhile is left for the next run.
 */
@Component
class MeetingReminders {

	private static final Logger log = LoggerFactory.getLogger(MeetingReminders.class);

	private final PublicMeetings meetings;

	private final MeetingMail mail;

	private final Clock clock;

	MeetingReminders(PublicMeetings meetings, MeetingMail mail, Clock clock) {
		this.meetings = meetings;
		this.mail = mail;
		this.clock = clock;
	}

	@Scheduled(cron = "${platform.web.meetings.reminder-cron:0 */15 * * * *}", zone = "UTC")
	@SchedulerLock(name = "meeting-reminders", lockAtMostFor = "PT10M")
	void sendDue() {
		Instant now = clock.instant();
		int reminded = 0;
		for (NetworkEvent event : meetings.startingBetween(now, now.plus(Duration.ofDays(1)))) {
			if (!event.reminderDue(now)) {
				continue;
			}
			event.reminded(now);
			List<Notice> notices = event.getAttendees().stream().map(event::notice).toList();
			NetworkEvent saved;
			try {
				saved = meetings.save(event);
			}
			catch (OptimisticLockingFailureException ex) {
				continue;
			}
			notices.forEach(n -> mail.reminder(saved, n));
			reminded++;
		}
		// counts only: who is registered is personal data
		if (reminded > 0) {
			log.info("Meeting reminders: {} meetings reminded", reminded);
		}
	}

}
