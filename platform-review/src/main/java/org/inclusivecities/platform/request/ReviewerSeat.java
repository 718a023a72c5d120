package org.inclusivecities.platform.request;

import java.time.Instant;
import java.util.Map;

import org.inclusivecities.platform.scoring.Scorecard;

/**
 * One reviewer's place on a request in one review round: the routing explanation, the invitation (with its
 * soft deadline, decline reason) and, once submitted, the scorecard. Immutable; the request replaces it.
 */
public record ReviewerSeat(String reviewerId, String reviewerCityId, int round, SeatStatus status,
		Instant invitedAt, Instant respondBy, String declineReason, Map<String, Long> costTerms, Scorecard scorecard) {

	public ReviewerSeat {
		costTerms = costTerms == null ? Map.of() : Map.copyOf(costTerms);
	}

	static ReviewerSeat proposed(String reviewerId, String cityId, int round, Map<String, Long> costTerms) {
		return new ReviewerSeat(reviewerId, cityId, round, SeatStatus.PROPOSED, null, null, null, costTerms, null);
	}

	ReviewerSeat invited(Instant at, Instant respondBy) {
		return new ReviewerSeat(reviewerId, reviewerCityId, round, SeatStatus.INVITED, at, respondBy, null, costTerms,
				null);
	}

	ReviewerSeat with(SeatStatus next, String reason) {
		return new ReviewerSeat(reviewerId, reviewerCityId, round, next, invitedAt, respondBy, reason, costTerms,
				scorecard);
	}

	ReviewerSeat submitted(Scorecard card) {
		return new ReviewerSeat(reviewerId, reviewerCityId, round, SeatStatus.SUBMITTED, invitedAt, respondBy,
				declineReason, costTerms, card);
	}

}
