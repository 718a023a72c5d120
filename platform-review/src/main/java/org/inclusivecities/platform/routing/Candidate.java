package org.inclusivecities.platform.routing;

import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.pool.Period;

/**
 * A reviewer in the pool as routing sees it. {@code memberOf} holds every city the person belongs to in
 * any role (so a council member of the requesting city who reviews for another city is still caught);
 * {@code activeReviews} is their current load. {@code minimumReviews} is the load they asked for at least in this
 * cycle (their profile): a soft target, each review short of it at the end of the run costs
 * {@link CostWeights#belowMinimum}; {@code maxConcurrentReviews} is the hard maximum (for this cycle lowered when
 * they accepted an invitation with a reduced load).
 */
public record Candidate(String reviewerId, String cityId, Set<String> memberOf, Set<String> languages,
		Set<String> expertise, int maxConcurrentReviews, int activeReviews, List<Period> unavailable,
		Set<String> conflictCities, int minimumReviews) {

	/** A reviewer without a minimum load. */
	public Candidate(String reviewerId, String cityId, Set<String> memberOf, Set<String> languages,
			Set<String> expertise, int maxConcurrentReviews, int activeReviews, List<Period> unavailable,
			Set<String> conflictCities) {
		this(reviewerId, cityId, memberOf, languages, expertise, maxConcurrentReviews, activeReviews, unavailable,
				conflictCities, 0);
	}

	public Candidate {
		if (minimumReviews < 0) {
			throw new IllegalArgumentException("A minimum load cannot be negative");
		}
		memberOf = Set.copyOf(memberOf);
		languages = Set.copyOf(languages);
		expertise = Set.copyOf(expertise);
		unavailable = List.copyOf(unavailable);
		conflictCities = Set.copyOf(conflictCities);
	}

	int remainingCapacity() {
		return Math.max(0, maxConcurrentReviews - activeReviews);
	}

}
