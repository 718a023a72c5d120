package org.inclusivecities.platform.request;

import java.time.Clock;
import java.util.List;

import org.inclusivecities.platform.request.RequestErrors.NotYourInvitation;

import org.springframework.stereotype.Service;

/**
 * What an invited reviewer does: accept (refused with the rule when their seat breaks one, e.g. they joined the
 * reviewed city's council since) or decline (with a reason) before the soft deadline.
 */
@Service
public class ReviewInvitations {

	private final RequestsInReview requests;

	private final NetworkRules rules;

	private final Clock clock;

	ReviewInvitations(RequestsInReview requests, NetworkRules rules, Clock clock) {
		this.requests = requests;
		this.rules = rules;
		this.clock = clock;
	}

	public AccreditationRequest accept(String reviewerId, String requestId) {
		AccreditationRequest request = mine(reviewerId, requestId);
		request.accept(reviewerId, clock.instant());
		return rules.admitAndSave(request, List.of(reviewerId));
	}

	/** Declining frees the seat; the reassignment job invites the next-best eligible reviewer. */
	public AccreditationRequest decline(String reviewerId, String requestId, String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 1000) {
			throw new RequestErrors.InvalidInput(List.of("decline.reason.required"));
		}
		AccreditationRequest request = mine(reviewerId, requestId);
		request.decline(reviewerId, why, clock.instant());
		return requests.save(request);
	}

	/** The requests where this reviewer holds a seat; anything else reads as not found. */
	public List<AccreditationRequest> of(String reviewerId) {
		return requests.withReviewer(reviewerId);
	}

	AccreditationRequest mine(String reviewerId, String requestId) {
		return requests.byId(requestId)
			.filter(r -> r.getSeats().stream().anyMatch(s -> s.reviewerId().equals(reviewerId)))
			.orElseThrow(() -> new NotYourInvitation(requestId));
	}

}
