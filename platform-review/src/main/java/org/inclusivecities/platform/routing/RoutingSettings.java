package org.inclusivecities.platform.routing;

import java.time.Duration;

/**
 * How routing runs: reviewers per request, at most this many of them from one city (kept below the number of
 * reviewers, so every request gets reviewers from at least two cities), cost weights, the time budget, the
 * solver window (how many of each request's best-priced candidates the first solver round starts from, besides a
 * greedy pass's picks, and how many each pricing round may add per request), and {@code citySeatsPerCycle}: the
 * most seats one city's reviewers carry in one review cycle, counting those already taken up this cycle
 * ({@link RoutingContext#citySeatsThisCycle}) and those of the run; by default {@link #CITY_SEATS_PER_CYCLE}, so
 * no hub city carries a large share of the network's reviews.
 * <p>
 * {@code fairPanels} (default {@value #FAIR_PANELS}): the objective gains a step between staffing and total cost,
 * OpenReview's MinMax: among the best-staffed assignments, those whose worst panel (the highest sum of its
 * reviewers' preference costs: language, expertise, reuse) is least, and among them the least total cost. It
 * never staffs a request less; it may cost a little more in total so that no city gets a panel much worse than the
 * others. Off, the total cost alone decides after staffing.
 */
public record RoutingSettings(int reviewersPerRequest, int maxReviewersPerCity, CostWeights weights,
		Duration timeLimit, int initialCandidatesPerRequest, int citySeatsPerCycle, boolean fairPanels) {

	/** The default cap on a city's seats per cycle: 30 reviews (a city helping in about 30 requests a year). */
	public static final int CITY_SEATS_PER_CYCLE = 30;

	/** Fair panels by default: see {@link #fairPanels()}. */
	public static final boolean FAIR_PANELS = false;

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
		if (citySeatsPerCycle < 1) {
			throw new IllegalArgumentException("A city's reviewers must be able to carry at least one seat per cycle");
		}
	}

	/** With the default cap on a city's seats per cycle and the default for fair panels. */
	public RoutingSettings(int reviewersPerRequest, int maxReviewersPerCity, CostWeights weights, Duration timeLimit,
			int initialCandidatesPerRequest) {
		this(reviewersPerRequest, maxReviewersPerCity, weights, timeLimit, initialCandidatesPerRequest,
				CITY_SEATS_PER_CYCLE);
	}

	/** With the default for fair panels. */
	public RoutingSettings(int reviewersPerRequest, int maxReviewersPerCity, CostWeights weights, Duration timeLimit,
			int initialCandidatesPerRequest, int citySeatsPerCycle) {
		this(reviewersPerRequest, maxReviewersPerCity, weights, timeLimit, initialCandidatesPerRequest,
				citySeatsPerCycle, FAIR_PANELS);
	}

	/** The same settings with fair panels on or off. */
	public RoutingSettings withFairPanels(boolean fair) {
		return new RoutingSettings(reviewersPerRequest, maxReviewersPerCity, weights, timeLimit,
				initialCandidatesPerRequest, citySeatsPerCycle, fair);
	}

	public static RoutingSettings defaults() {
		return new RoutingSettings(3, 1, CostWeights.defaults(), Duration.ofSeconds(10), 8);
	}

	/** The fewest distinct cities a full set of reviewers can come from. */
	int minimumCities() {
		return (reviewersPerRequest + maxReviewersPerCity - 1) / maxReviewersPerCity;
	}

	/** The seats a city may still take in this run, after the {@code carried} it took up earlier this cycle. */
	int citySeatsLeft(int carried) {
		return Math.max(0, citySeatsPerCycle - carried);
	}

}
