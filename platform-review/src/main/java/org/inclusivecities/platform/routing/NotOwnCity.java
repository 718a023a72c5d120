package org.inclusivecities.platform.routing;

/** Never a reviewer nominated by, or a member of, the requesting city (no author reviewing their own paper). */
public final class NotOwnCity implements HardRule {

	@Override
	public String id() {
		return "own-city";
	}

	@Override
	public boolean allows(RoutingRequest request, Candidate candidate, RoutingContext context) {
		return !candidate.cityId().equals(request.cityId()) && !candidate.memberOf().contains(request.cityId());
	}

	@Override
	public boolean cityLevel() {
		return true;
	}

}
