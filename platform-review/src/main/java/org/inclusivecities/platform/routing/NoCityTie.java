package org.inclusivecities.platform.routing;

/** Never a reviewer from a city with a declared tie (twinning, regional network) to the requester, either way. */
public final class NoCityTie implements HardRule {

	@Override
	public String id() {
		return "city-tie";
	}

	@Override
	public boolean allows(RoutingRequest request, Candidate candidate, RoutingContext context) {
		if (context.tied(request.cityId(), candidate.cityId())) {
			return false;
		}
		for (String city : candidate.memberOf()) {
			if (context.tied(request.cityId(), city)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public boolean cityLevel() {
		return true;
	}

}
