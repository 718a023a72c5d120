package org.inclusivecities.platform.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds a city's admins, once per condition, that a condition of their accreditation falls due: from
 * {@code platform.review.condition-reminder-days} (default 14) days before its due date, while it is still open.
 * Conditions falling due in the same run go out in one mail. One instance at a time (ShedLock).
 */
@Component
public class ConditionReminderJob {

	private final RequestsInReview requests;

	private final ReviewMail mail;

	private final Clock clock;

	private final int daysAhead;

	ConditionReminderJob(RequestsInReview requests, ReviewMail mail, Clock clock,
			@Value("${platform.review.condition-reminder-days:14}") int daysAhead) {
		this.requests = requests;
		this.mail = mail;
		this.clock = clock;
		this.daysAhead = daysAhead;
	}

	@Scheduled(cron = "${platform.review.condition-reminder-cron:0 15 6 * * *}", zone = "UTC")
	@SchedulerLock(name = "accreditation-condition-reminders", lockAtMostFor = "PT30M")
	public void run() {
		var now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		for (AccreditationRequest request : requests.withStatus(RequestStatus.DECIDED)) {
			List<Decision.Condition> due = request.remindConditions(today, daysAhead, now);
			if (!due.isEmpty()) {
				AccreditationRequest saved = requests.save(request);
				mail.conditionReminder(saved, due);
			}
		}
	}

}
