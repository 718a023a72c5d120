package org.inclusivecities.platform.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reminds accredited cities to renew 6 and 3 months before their accreditation expires (once each). */
@Component
public class RenewalReminderJob {

	static final int[] MONTHS_AHEAD = { 6, 3 };

	private final RequestsInReview requests;

	private final ReviewMail mail;

	private final Clock clock;

	RenewalReminderJob(RequestsInReview requests, ReviewMail mail, Clock clock) {
		this.requests = requests;
		this.mail = mail;
		this.clock = clock;
	}

	@Scheduled(cron = "${platform.review.renewal-cron:0 0 6 * * *}", zone = "UTC")
	@SchedulerLock(name = "accreditation-renewal-reminders", lockAtMostFor = "PT30M")
	public void run() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		for (AccreditationRequest request : requests.withStatus(RequestStatus.DECIDED)) {
			Decision decision = request.getDecision();
			if (decision == null || !decision.accredits() || today.isAfter(decision.validUntil())) {
				continue;
			}
			for (int months : MONTHS_AHEAD) {
				boolean due = !today.isBefore(decision.validUntil().minusMonths(months));
				if (due && !request.getRemindersSent().contains(months)) {
					request.reminded(months, clock.instant());
					requests.save(request);
					mail.renewalReminder(request, decision.validUntil(), months);
					break;
				}
			}
		}
	}

}
