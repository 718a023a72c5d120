package org.inclusivecities.platform.routing;

/** Never a reviewer who (or for whom the secretariat) declared a conflict with the requesting city. */
public final class NoDeclaredConflict implements HardRule {

	@Override
	public String id() {
		return "declared-conflict";
	}

	@Override
	public boolean allows(RoutingRequest request, Candidate candidate, RoutingContext context) {
		return !candidate.conflictCities().contains(request.cityId());
	}

}
