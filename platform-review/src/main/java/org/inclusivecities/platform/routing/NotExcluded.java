package org.inclusivecities.platform.routing;

/** Never a reviewer the request excludes: one who declined it, or a first-round reviewer when appealed. */
public final class NotExcluded implements HardRule {

	@Override
	public String id() {
		return "excluded-reviewer";
	}

	@Override
	public boolean allows(RoutingRequest request, Candidate candidate, RoutingContext context) {
		return !request.excludedReviewers().contains(candidate.reviewerId());
	}

}
