package org.inclusivecities.platform.routing;

import java.util.LinkedHashMap;
import java.util.Map;

/** The request ↔ reviewer part of the cost: language, expertise, reuse of the reviewer for the city. */
final class PreferenceCosts {

	private final CostWeights weights;

	PreferenceCosts(CostWeights weights) {
		this.weights = weights;
	}

	long cost(RoutingRequest request, Candidate candidate, RoutingContext context) {
		long cost = 0;
		if (!sharesAny(request.languages(), candidate.languages())) {
			cost += weights.languageMismatch();
		}
		if (!request.topics().isEmpty() && !sharesAny(request.topics(), candidate.expertise())) {
			cost += weights.noExpertise();
		}
		if (context.reviewedBefore(candidate.reviewerId(), request.cityId())) {
			cost += weights.reviewerReused();
		}
		return cost;
	}

	/** The terms of {@link #cost}, named, for the assignment's explanation. */
	Map<String, Long> terms(RoutingRequest request, Candidate candidate, RoutingContext context) {
		Map<String, Long> terms = new LinkedHashMap<>();
		terms.put(sharesAny(request.languages(), candidate.languages()) ? "language-shared" : "language-mismatch",
				sharesAny(request.languages(), candidate.languages()) ? 0L : weights.languageMismatch());
		if (!request.topics().isEmpty()) {
			boolean match = sharesAny(request.topics(), candidate.expertise());
			terms.put(match ? "expertise-match" : "no-expertise", match ? 0L : weights.noExpertise());
		}
		if (context.reviewedBefore(candidate.reviewerId(), request.cityId())) {
			terms.put("reviewer-reused", (long) weights.reviewerReused());
		}
		return terms;
	}

	private static boolean sharesAny(java.util.Set<String> a, java.util.Set<String> b) {
		java.util.Set<String> small = a.size() <= b.size() ? a : b;
		java.util.Set<String> large = small == a ? b : a;
		for (String item : small) {
			if (large.contains(item)) {
				return true;
			}
		}
		return false;
	}

}
