package org.inclusivecities.platform.request;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.inclusivecities.platform.routing.Assignment;
import org.inclusivecities.platform.routing.Candidate;
import org.inclusivecities.platform.routing.HardRules;
import org.inclusivecities.platform.routing.NextBestReviewer;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires unanswered invitations past their soft deadline and fills declined or expired seats with the
 * next-best eligible reviewer (every rule on the whole network, then cost). One instance at a time (ShedLock).
 */
@Component
public class ReassignmentJob {

	private static final Logger log = LoggerFactory.getLogger(ReassignmentJob.class);

	private final RequestsInReview requests;

	private final RoutingInputs inputs;

	private final ReviewProperties properties;

	private final ReviewMail mail;

	private final NetworkRules rules;

	private final Clock clock;

	ReassignmentJob(RequestsInReview requests, RoutingInputs inputs, ReviewProperties properties, ReviewMail mail,
			NetworkRules rules, Clock clock) {
		this.requests = requests;
		this.inputs = inputs;
		this.properties = properties;
		this.mail = mail;
		this.rules = rules;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${platform.review.reassignment-interval:PT5M}", initialDelayString = "${platform.review.jobs-start-delay:PT1M}")
	@SchedulerLock(name = "review-reassignment", lockAtMostFor = "PT10M")
	public void run() {
		for (AccreditationRequest request : requests.withStatus(RequestStatus.IN_REVIEW)) {
			try {
				fill(request);
			}
			catch (OptimisticLockingFailureException | RequestErrors.RuleBroken | RequestErrors.NetworkBusy skipped) {
				// changed meanwhile, the pick broke a rule after all, or another transition held the network too long:
				// the next run tries this request again
				log.warn("Request {}: reassignment skipped ({})", request.getId(), skipped.getClass().getSimpleName());
			}
		}
	}

	/** Expires the request's overdue invitations and fills its vacant seats; returns how many it filled. */
	int fill(AccreditationRequest request) {
		var now = clock.instant();
		int expired = request.expireInvitations(now);
		long vacancies = request.vacancies();
		int filled = 0;
		while (vacancies-- > 0) {
			var pick = nextBest(request);
			if (pick.isEmpty()) {
				log.warn("Request {}: no eligible reviewer left to fill a vacant seat", request.getId());
				break;
			}
			var respondBy = now.plus(properties.invitationDeadline());
			request.reassign(ReviewerSeat.proposed(pick.get().reviewerId(), pick.get().reviewerCityId(),
					request.getRound(), pick.get().costTerms()), respondBy, now);
			rules.admitAndSave(request, List.of(pick.get().reviewerId()));
			request = requests.byId(request.getId()).orElseThrow();
			mail.invitation(request, pick.get().reviewerId(), respondBy, true);
			filled++;
		}
		if (expired > 0 && filled == 0) {
			requests.save(request);
		}
		return filled;
	}

	/**
	 * The next-best reviewer for one more seat on the request: among the pool's reviewers who would break no rule
	 * on the whole network in that seat, the lowest preference and load cost.
	 */
	Optional<Assignment> nextBest(AccreditationRequest request) {
		RoutingInputs.Inputs loaded = inputs.load();
		Network network = rules.load().with(request);
		List<Candidate> eligible = loaded.candidates()
			.stream()
			.filter(c -> network.wouldBreak(request, c.reviewerId(), c.cityId()).isEmpty())
			.toList();
		Map<String, Integer> perCity = new HashMap<>();
		Network.live(request).forEach(s -> perCity.merge(s.reviewerCityId(), 1, Integer::sum));
		return new NextBestReviewer(properties.routing(), HardRules.standard()).pick(
				RoutingInputs.routingRequest(request), eligible, loaded.context(), perCity);
	}

}
