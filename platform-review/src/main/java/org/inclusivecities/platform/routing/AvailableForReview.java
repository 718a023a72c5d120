package org.inclusivecities.platform.routing;

/** Never a reviewer who declared themself unavailable during any day of the review period. */
public final class AvailableForReview implements HardRule {

	@Override
	public String id() {
		return "unavailable";
	}

	@Override
	public boolean allows(RoutingRequest request, Candidate candidate, RoutingContext context) {
		for (var period : candidate.unavailable()) {
			if (period.overlaps(request.reviewPeriod())) {
				return false;
			}
		}
		return true;
	}

}
