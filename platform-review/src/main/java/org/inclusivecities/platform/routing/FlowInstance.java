package org.inclusivecities.platform.routing;

/**
 * The numeric shape of one routing run: requests and candidates by index, each candidate's city, spare
 * capacity and current load, each city's load and the seats it may still take in this cycle
 * ({@code citySeatsLeft}), the per-request demand and per-(request, city) cap, and each candidate's minimum load
 * with the cost of every review short of it ({@code minimum}, {@code belowMinimum}).
 */
record FlowInstance(int requests, int demand, int maxPerCity, int[] candidateCity, int[] remaining, int[] load,
		int cities, int[] cityLoad, long reviewerStep, long cityStep, int[] citySeatsLeft, int[] minimum,
		long belowMinimum) {

	/** Without minimum loads. */
	FlowInstance(int requests, int demand, int maxPerCity, int[] candidateCity, int[] remaining, int[] load,
			int cities, int[] cityLoad, long reviewerStep, long cityStep, int[] citySeatsLeft) {
		this(requests, demand, maxPerCity, candidateCity, remaining, load, cities, cityLoad, reviewerStep, cityStep,
				citySeatsLeft, new int[candidateCity.length], 0);
	}

	/** Without a cap on the seats per city. */
	FlowInstance(int requests, int demand, int maxPerCity, int[] candidateCity, int[] remaining, int[] load,
			int cities, int[] cityLoad, long reviewerStep, long cityStep) {
		this(requests, demand, maxPerCity, candidateCity, remaining, load, cities, cityLoad, reviewerStep, cityStep,
				unlimited(cities));
	}

	private static int[] unlimited(int cities) {
		int[] left = new int[cities];
		java.util.Arrays.fill(left, Integer.MAX_VALUE);
		return left;
	}

	int candidates() {
		return candidateCity.length;
	}

	/** One eligible (request, candidate) pair and its preference cost. */
	record Arc(int request, int candidate, long cost) {
	}

	/**
	 * The objective every solution is judged by (solver, brute force, reports alike): preference costs plus
	 * convex load costs, the k-th extra review of a reviewer or city costing step × (existing load + k), plus
	 * belowMinimum for every review a reviewer is short of their minimum at the end. The solvers see the last term
	 * as {@link #shortfallAtStart()} (a constant) less belowMinimum for each seat still below the minimum, which is
	 * the same and keeps the load costs convex ({@link #seatCost}).
	 */
	long objective(Iterable<Arc> chosen) {
		long cost = shortfallAtStart();
		int[] perCandidate = new int[candidates()];
		int[] perCity = new int[cities];
		for (Arc arc : chosen) {
			cost += arc.cost();
			cost += seatCost(arc.candidate(), perCandidate[arc.candidate()]++);
			int city = candidateCity[arc.candidate()];
			cost += cityStep * (cityLoad[city] + perCity[city]++);
		}
		return cost;
	}

	/**
	 * The marginal load cost of candidate c's (k+1)-th seat in this run (k = 0, 1, …): step × (load + k), less
	 * belowMinimum while that seat is still below the candidate's minimum. Non-decreasing in k, so convex.
	 */
	long seatCost(int c, int k) {
		return seatCost(reviewerStep, load[c], minimum[c], belowMinimum, k);
	}

	static long seatCost(long step, int load, int minimum, long belowMinimum, int k) {
		return step * (load + k) - (load + k < minimum ? belowMinimum : 0);
	}

	/** The minimum-load penalty if no candidate got a seat: belowMinimum × Σ max(0, minimum − load). */
	long shortfallAtStart() {
		long shortfall = 0;
		for (int c = 0; c < candidateCity.length; c++) {
			shortfall += Math.max(0, minimum[c] - load[c]);
		}
		return belowMinimum * shortfall;
	}

	/** Whether some candidate has a minimum above their load (then the load costs matter even at step 0). */
	boolean anyMinimum() {
		for (int c = 0; c < candidateCity.length; c++) {
			if (minimum[c] > load[c]) {
				return true;
			}
		}
		return false;
	}

}
