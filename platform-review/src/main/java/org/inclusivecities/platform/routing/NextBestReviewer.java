package org.inclusivecities.platform.routing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Picks one replacement reviewer for a request that already has others: every hard rule, at most
 * maxReviewersPerCity per city counting the seats already taken, no city whose seats this cycle reached the cap
 * per cycle, then the lowest preference plus load cost (the reviewer's wish included, and less
 * {@link CostWeights#belowMinimum} for a reviewer still below their minimum load, as in the router).
 */
public final class NextBestReviewer {

	private final RoutingSettings settings;

	private final HardRules rules;

	public NextBestReviewer(RoutingSettings settings, HardRules rules) {
		this.settings = settings;
		this.rules = rules;
	}

	public Optional<Assignment> pick(RoutingRequest request, Iterable<Candidate> candidates, RoutingContext context,
			Map<String, Integer> seatsPerCity) {
		PreferenceCosts costs = new PreferenceCosts(settings.weights());
		Candidate best = null;
		long bestCost = Long.MAX_VALUE;
		for (Candidate candidate : candidates) {
			if (rules.firstViolationIndex(request, candidate, context) >= 0
					|| seatsPerCity.getOrDefault(candidate.cityId(), 0) >= settings.maxReviewersPerCity()
					|| settings.citySeatsLeft(context.citySeatsThisCycle(candidate.cityId())) == 0) {
				continue;
			}
			long cost = costs.cost(request, candidate, context)
					+ FlowInstance.seatCost(settings.weights().reviewerLoadStep(), candidate.activeReviews(),
							candidate.minimumReviews(), settings.weights().belowMinimum(), 0)
					+ (long) settings.weights().cityLoadStep() * context.cityLoad(candidate.cityId());
			if (cost < bestCost || (cost == bestCost && candidate.reviewerId().compareTo(best.reviewerId()) < 0)) {
				best = candidate;
				bestCost = cost;
			}
		}
		if (best == null) {
			return Optional.empty();
		}
		Map<String, Long> terms = new LinkedHashMap<>(costs.terms(request, best, context));
		terms.put("reviewer-load-after", best.activeReviews() + 1L);
		if (best.minimumReviews() > 0) {
			terms.put("reviewer-minimum", (long) best.minimumReviews());
		}
		return Optional.of(new Assignment(request.requestId(), best.reviewerId(), best.cityId(),
				costs.cost(request, best, context), rules.ids(), terms));
	}

	/** The first hard rule this candidate breaks for this request, if any (for manual swaps). */
	public Optional<String> violation(RoutingRequest request, Candidate candidate, RoutingContext context) {
		return rules.firstViolation(request, candidate, context).map(HardRule::id);
	}

}
