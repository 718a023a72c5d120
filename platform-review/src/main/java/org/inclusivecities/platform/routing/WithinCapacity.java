package org.inclusivecities.platform.routing;

/** Never a reviewer already at their maximum number of concurrent reviews. */
public final class WithinCapacity implements HardRule {

	@Override
	public String id() {
		return "reviewer-cap";
	}

	@Override
	public boolean allows(RoutingRequest request, Candidate candidate, RoutingContext context) {
		return candidate.remainingCapacity() > 0;
	}

}
