package org.inclusivecities.platform.request;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The cap on the seats a city's reviewers take up in one review cycle ({@code platform.review.city-seats-per-cycle}),
 * as a rule of the whole network ({@link #RULE}): the current cycle holds the requests submitted since
 * {@code since}. A seat is taken up once invited (accepted and submitted ones still count); a proposal is a draft
 * and does not count, so re-routing never trips over the proposals it replaces, and the rule bites where seats are
 * taken up: confirming a proposal, replacing a reviewer on a request in review, reassignment. Every taken-up live
 * seat of a city over its cap breaks the rule, so a transition that takes the city over is refused.
 */
record CycleCap(Instant since, int seats) {

	static final String RULE = "city-cycle-cap";

	/** Seats a city's reviewers have taken up: they count towards the city's cap per cycle. */
	static final Set<SeatStatus> TAKEN_UP = EnumSet.of(SeatStatus.INVITED, SeatStatus.ACCEPTED, SeatStatus.SUBMITTED);

	/**
	 * Per city, the seats its reviewers took up (invited, accepted or submitted, in any round) on requests
	 * submitted since the start of the cycle.
	 */
	Map<String, Integer> seatsTaken(Collection<AccreditationRequest> requests) {
		Map<String, Integer> taken = new HashMap<>();
		for (AccreditationRequest request : requests) {
			if (inCycle(request)) {
				for (ReviewerSeat seat : request.getSeats()) {
					if (TAKEN_UP.contains(seat.status())) {
						taken.merge(seat.reviewerCityId(), 1, Integer::sum);
					}
				}
			}
		}
		return taken;
	}

	/** Whether this taken-up seat counts this cycle for a city over its cap. */
	boolean over(AccreditationRequest request, ReviewerSeat seat, Map<String, Integer> taken) {
		return inCycle(request) && TAKEN_UP.contains(seat.status())
				&& taken.getOrDefault(seat.reviewerCityId(), 0) > seats;
	}

	/** Whether one more seat of this city on the request (taken up now or when confirmed) would pass the cap. */
	boolean fullFor(AccreditationRequest request, String reviewerCityId, Collection<AccreditationRequest> requests) {
		return inCycle(request) && seatsTaken(requests).getOrDefault(reviewerCityId, 0) + 1 > seats;
	}

	private boolean inCycle(AccreditationRequest request) {
		return request.getSubmittedAt() != null && !request.getSubmittedAt().isBefore(since);
	}

}
