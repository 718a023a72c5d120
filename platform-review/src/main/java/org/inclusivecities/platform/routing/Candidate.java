package org.inclusivecities.platform.routing;

import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.pool.Period;

/**
 * A reviewer in the pool as routing sees it. {@code memberOf} holds every city the person belongs to in
 * any role (so a council member of the requesting city who reviews for another city is still caught);
 * {@code activeReviews} is their current load.
 */
public record Candidate(String reviewerId, String cityId, Set<String> memberOf, Set<String> languages,
		Set<String> expertise, int maxConcurrentReviews, int activeReviews, List<Period> unavailable,
		Set<String> conflictCities) {

	public Candidate {
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
