package org.inclusivecities.platform.request;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.inclusivecities.platform.routing.HardRules;
import org.inclusivecities.platform.routing.NextBestReviewer;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires unanswered invitations past their soft deadline and fills declined or expired seats with the
 * next-best eligible reviewer (hard rules, per-city cap, then cost). One instance at a time (ShedLock).
 */
@Component
public class ReassignmentJob {

	private static final Logger log = LoggerFactory.getLogger(ReassignmentJob.class);

	private final RequestsInReview requests;

	private final RoutingInputs inputs;

	private final ReviewProperties properties;

	private final ReviewMail mail;

	private final Clock clock;

	ReassignmentJob(RequestsInReview requests, RoutingInputs inputs, ReviewProperties properties, ReviewMail mail,
			Clock clock) {
		this.requests = requests;
		this.inputs = inputs;
		this.properties = properties;
		this.mail = mail;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${platform.review.reassignment-interval:PT5M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "review-reassignment", lockAtMostFor = "PT10M")
	public void run() {
		var now = clock.instant();
		NextBestReviewer next = new NextBestReviewer(properties.routing(), HardRules.standard());
		for (AccreditationRequest request : requests.withStatus(RequestStatus.IN_REVIEW)) {
			int expired = request.expireInvitations(now);
			long vacancies = request.vacancies();
			int filled = 0;
			while (vacancies-- > 0) {
				RoutingInputs.Inputs loaded = inputs.load();
				Map<String, Integer> perCity = new HashMap<>();
				request.currentSeats()
					.stream()
					.filter(s -> s.status().open() || s.status() == SeatStatus.SUBMITTED)
					.forEach(s -> perCity.merge(s.reviewerCityId(), 1, Integer::sum));
				var pick = next.pick(RoutingInputs.routingRequest(request), loaded.candidates(), loaded.context(), perCity);
				if (pick.isEmpty()) {
					log.warn("Request {}: no eligible reviewer left to fill a vacant seat", request.getId());
					break;
				}
				var respondBy = now.plus(properties.invitationDeadline());
				request.reassign(ReviewerSeat.proposed(pick.get().reviewerId(), pick.get().reviewerCityId(),
						request.getRound(), pick.get().costTerms()), respondBy, now);
				requests.save(request);
				request = requests.byId(request.getId()).orElseThrow();
				mail.invitation(request, pick.get().reviewerId(), respondBy, true);
				filled++;
			}
			if (expired > 0 && filled == 0) {
				requests.save(request);
			}
		}
	}

}
