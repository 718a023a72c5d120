package org.inclusivecities.platform.routing;

import java.util.List;
import java.util.Map;

/**
 * One reviewer routed to one request, with why: the hard rules the reviewer passed and the cost terms that
 * applied (language, expertise, reuse, and the reviewer's and city's load after this run).
 */
public record Assignment(String requestId, String reviewerId, String reviewerCityId, long preferenceCost,
		List<String> rulesPassed, Map<String, Long> costTerms) {

	public Assignment {
		rulesPassed = List.copyOf(rulesPassed);
		costTerms = Map.copyOf(costTerms);
	}

}
