package org.inclusivecities.platform.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.inclusivecities.platform.request.RequestErrors.RequestNotFound;
import org.inclusivecities.platform.request.RequestErrors.RuleBroken;
import org.inclusivecities.platform.request.RequestErrors.SwapRefused;
import org.inclusivecities.platform.routing.Candidate;

import org.springframework.stereotype.Service;

/**
 * The secretariat in control of a request after routing, confirmation included: remove or replace a reviewer
 * (every rule re-checked on the whole network; the removed reviewer is told by mail, the new one invited), give an
 * invited reviewer or the whole review more time, remind the reviewers now, fill vacant seats now, withdraw the
 * request with a reason.
 */
@Service
public class SeatControl {

	private final RequestsInReview requests;

	private final RoutingInputs inputs;

	private final NetworkRules rules;

	private final ReassignmentJob reassignment;

	private final ReviewProperties properties;

	private final Secretariat secretariat;

	private final ReviewMail mail;

	private final Clock clock;

	SeatControl(RequestsInReview requests, RoutingInputs inputs, NetworkRules rules, ReassignmentJob reassignment,
			ReviewProperties properties, Secretariat secretariat, ReviewMail mail, Clock clock) {
		this.requests = requests;
		this.inputs = inputs;
		this.rules = rules;
		this.reassignment = reassignment;
		this.properties = properties;
		this.secretariat = secretariat;
		this.mail = mail;
		this.clock = clock;
	}

	/** Takes the reviewer off the request; the seat is vacant (reassignment fills it while in review). */
	public AccreditationRequest remove(String actorId, String requestId, String reviewerId) {
		AccreditationRequest request = request(actorId, requestId);
		boolean told = wasInvited(request, reviewerId);
		request.removeSeat(reviewerId, actorId, clock.instant());
		AccreditationRequest saved = rules.admitAndSave(request, List.of());
		if (told) {
			mail.seatRemoved(saved, reviewerId);
		}
		return saved;
	}

	/** Puts the chosen pool reviewer in the outgoing reviewer's seat; refused with the rule when one breaks. */
	public AccreditationRequest replace(String actorId, String requestId, String outgoing, String incoming) {
		AccreditationRequest request = request(actorId, requestId);
		Candidate candidate = inputs.load().candidate(incoming);
		if (candidate == null) {
			throw new SwapRefused("not-in-pool");
		}
		return replace(request, actorId, outgoing, incoming, candidate.cityId(), Map.of("manual-swap", 0L));
	}

	/** One click: the next-best reviewer who breaks no rule takes the outgoing reviewer's seat. */
	public AccreditationRequest replaceWithNextBest(String actorId, String requestId, String outgoing) {
		AccreditationRequest request = request(actorId, requestId);
		AccreditationRequest without = request(actorId, requestId);
		without.removeSeat(outgoing, actorId, clock.instant());
		var pick = reassignment.nextBest(without).orElseThrow(() -> new SwapRefused("no-eligible-reviewer"));
		return replace(request, actorId, outgoing, pick.reviewerId(), pick.reviewerCityId(), pick.costTerms());
	}

	private AccreditationRequest replace(AccreditationRequest request, String actorId, String outgoing,
			String incoming, String incomingCity, Map<String, Long> terms) {
		boolean told = wasInvited(request, outgoing);
		Instant now = clock.instant();
		Instant respondBy = now.plus(properties.invitationDeadline());
		request.replaceSeat(outgoing, ReviewerSeat.proposed(incoming, incomingCity, request.getRound(), terms),
				respondBy, actorId, now);
		AccreditationRequest saved;
		try {
			saved = rules.admitAndSave(request, List.of(incoming));
		}
		catch (RuleBroken broken) {
			throw new SwapRefused(broken.ruleId());
		}
		if (told) {
			mail.seatRemoved(saved, outgoing);
		}
		if (saved.getStatus() != RequestStatus.PROPOSED) {
			mail.invitation(saved, incoming, respondBy, true);
		}
		return saved;
	}

	/** Gives an invited reviewer until the end of {@code until} (UTC) to answer. */
	public AccreditationRequest extendInvitation(String actorId, String requestId, String reviewerId,
			LocalDate until) {
		AccreditationRequest request = request(actorId, requestId);
		Instant respondBy = until == null ? null : until.atTime(23, 59).toInstant(ZoneOffset.UTC);
		request.extendInvitation(reviewerId, respondBy, actorId, clock.instant());
		return requests.save(request);
	}

	/** Moves the end of the review period (when the reviews are due) to a later day. */
	public AccreditationRequest extendReview(String actorId, String requestId, LocalDate until) {
		AccreditationRequest request = request(actorId, requestId);
		request.extendReview(until, actorId, clock.instant());
		return rules.admitAndSave(request, Network.live(request).stream().map(ReviewerSeat::reviewerId).toList());
	}

	/** Reminds every reviewer of this round who has not submitted yet, now; returns how many were reminded. */
	public int remindNow(String actorId, String requestId) {
		AccreditationRequest request = request(actorId, requestId);
		if (request.getStatus() != RequestStatus.IN_REVIEW) {
			throw new InvalidRequestTransition(requestId, request.getStatus(), "remind reviewers");
		}
		List<ReviewerSeat> waiting = request.currentSeats().stream().filter(s -> s.status().open()).toList();
		request.remindedNow(actorId, waiting.size(), clock.instant());
		AccreditationRequest saved = requests.save(request);
		waiting.forEach(s -> mail.reviewReminder(saved, s.reviewerId(), saved.getReviewPeriod().to()));
		return waiting.size();
	}

	/** Expires overdue invitations and fills the request's vacant seats now; returns how many seats it filled. */
	public int reassignNow(String actorId, String requestId) {
		AccreditationRequest request = request(actorId, requestId);
		if (request.getStatus() != RequestStatus.IN_REVIEW) {
			throw new InvalidRequestTransition(requestId, request.getStatus(), "reassign");
		}
		return reassignment.fill(request);
	}

	/** The secretariat withdraws a request that is not decided yet, with the reason (kept in the audit trail). */
	public AccreditationRequest withdraw(String actorId, String requestId, String reason) {
		AccreditationRequest request = request(actorId, requestId);
		request.withdraw(actorId, AccreditationService.reason(reason, "withdraw.reason"), clock.instant());
		return requests.save(request);
	}

	private static boolean wasInvited(AccreditationRequest request, String reviewerId) {
		return request.currentSeats()
			.stream()
			.anyMatch(s -> s.reviewerId().equals(reviewerId) && s.status() != SeatStatus.PROPOSED
					&& Network.LIVE.contains(s.status()));
	}

	private AccreditationRequest request(String actorId, String requestId) {
		secretariat.require(actorId);
		return requests.byId(requestId).orElseThrow(() -> new RequestNotFound(requestId));
	}

}
