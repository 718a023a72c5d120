package org.inclusivecities.platform.routing;

import java.time.Duration;

/**
 * How routing runs: reviewers per request, at most this many of them from one city (kept below the number of
 * reviewers, so every request gets reviewers from at least two cities), cost weights, the time budget, and
 * the solver window: how many of each request's best-priced candidates the first solver round starts from
 * (besides a greedy pass's picks) and how many each pricing round may add per request.
 */
public record RoutingSettings(int reviewersPerRequest, int maxReviewersPerCity, CostWeights weights,
		Duration timeLimit, int initialCandidatesPerRequest) {

	public RoutingSettings {
		if (reviewersPerRequest < 2) {
			throw new IllegalArgumentException("A request needs at least two reviewers");
		}
		if (maxReviewersPerCity < 1 || maxReviewersPerCity >= reviewersPerRequest) {
			throw new IllegalArgumentException(
					"At most reviewersPerRequest - 1 reviewers may come from one city (two cities at least)");
		}
		if (timeLimit.isNegative() || timeLimit.isZero() || initialCandidatesPerRequest < 1) {
			throw new IllegalArgumentException("Routing needs a positive time limit and candidate window");
		}
	}

	public static RoutingSettings defaults() {
		return new RoutingSettings(3, 1, CostWeights.defaults(), Duration.ofSeconds(10), 8);
	}

	/** The fewest distinct cities a full set of reviewers can come from. */
	int minimumCities() {
		return (reviewersPerRequest + maxReviewersPerCity - 1) / maxReviewersPerCity;
	}

}
