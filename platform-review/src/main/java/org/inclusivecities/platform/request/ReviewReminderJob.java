package org.inclusivecities.platform.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds reviewers who accepted but have not submitted that the review period ends soon: once per reviewer and
 * round, from {@code platform.review.review-reminder-days} (default 7) days before the end of the review period.
 * One instance at a time (ShedLock).
 */
@Component
public class ReviewReminderJob {

	private final RequestsInReview requests;

	private final ReviewMail mail;

	private final Clock clock;

	private final int daysAhead;

	ReviewReminderJob(RequestsInReview requests, ReviewMail mail, Clock clock,
			@Value("${platform.review.review-reminder-days:7}") int daysAhead) {
		this.requests = requests;
		this.mail = mail;
		this.clock = clock;
		this.daysAhead = daysAhead;
	}

	@Scheduled(cron = "${platform.review.review-reminder-cron:0 30 6 * * *}", zone = "UTC")
	@SchedulerLock(name = "review-deadline-reminders", lockAtMostFor = "PT30M")
	public void run() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		for (AccreditationRequest request : requests.withStatus(RequestStatus.IN_REVIEW)) {
			if (request.getReviewPeriod() == null) {
				continue;
			}
			LocalDate due = request.getReviewPeriod().to();
			if (today.isBefore(due.minusDays(daysAhead)) || today.isAfter(due)) {
				continue;
			}
			AccreditationRequest current = request;
			for (ReviewerSeat seat : request.currentSeats()) {
				if (seat.status() == SeatStatus.ACCEPTED && current.remindReviewer(seat.reviewerId(), clock.instant())) {
					current = requests.save(current);
					mail.reviewReminder(current, seat.reviewerId(), due);
				}
			}
		}
	}

}
