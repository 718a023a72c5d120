package org.inclusivecities.platform.routing;

/**
 * Never a reviewer from a city the requester reviews in the current or previous cycle: no "you review me,
 * I review you". Pairs created within the same routing run are caught by {@link Router} as well.
 */
public final class NoReciprocalReview implements HardRule {

	@Override
	public String id() {
		return "reciprocal-review";
	}

	@Override
	public boolean allows(RoutingRequest request, Candidate candidate, RoutingContext context) {
		return !context.reviews(request.cityId(), candidate.cityId());
	}

	@Override
	public boolean cityLevel() {
		return true;
	}

}
