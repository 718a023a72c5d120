package org.inclusivecities.platform.request;

import java.time.Instant;
import java.util.Map;

import org.inclusivecities.platform.scoring.Scorecard;

/**
 * One reviewer's place on a request in one review round: the routing explanation, the invitation (with its
 * soft deadline, decline reason), the reviewer's own draft while scoring (seen by nobody else) and, once
 * submitted, the scorecard. Immutable; the request replaces it.
 */
public record ReviewerSeat(String reviewerId, String reviewerCityId, int round, SeatStatus status,
		Instant invitedAt, Instant respondBy, String declineReason, Map<String, Long> costTerms, Scorecard scorecard,
		Scorecard draft) {

	public ReviewerSeat {
		costTerms = costTerms == null ? Map.of() : Map.copyOf(costTerms);
	}

	static ReviewerSeat proposed(String reviewerId, String cityId, int round, Map<String, Long> costTerms) {
		return new ReviewerSeat(reviewerId, cityId, round, SeatStatus.PROPOSED, null, null, null, costTerms, null,
				null);
	}

	ReviewerSeat invited(Instant at, Instant respondBy) {
		return new ReviewerSeat(reviewerId, reviewerCityId, round, SeatStatus.INVITED, at, respondBy, null, costTerms,
				null, null);
	}

	ReviewerSeat with(SeatStatus next, String reason) {
		return new ReviewerSeat(reviewerId, reviewerCityId, round, next, invitedAt, respondBy, reason, costTerms,
				scorecard, draft);
	}

	ReviewerSeat submitted(Scorecard card) {
		return new ReviewerSeat(reviewerId, reviewerCityId, round, SeatStatus.SUBMITTED, invitedAt, respondBy,
				declineReason, costTerms, card, null);
	}

	ReviewerSeat drafted(Scorecard card) {
		return new ReviewerSeat(reviewerId, reviewerCityId, round, status, invitedAt, respondBy, declineReason, costTerms,
				scorecard, card);
	}

	ReviewerSeat withRespondBy(Instant deadline) {
		return new ReviewerSeat(reviewerId, reviewerCityId, round, status, invitedAt, deadline, declineReason, costTerms,
				scorecard, draft);
	}

}
