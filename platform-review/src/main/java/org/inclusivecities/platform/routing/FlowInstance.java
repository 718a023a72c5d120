package org.inclusivecities.platform.routing;

/**
 * The numeric shape of one routing run: requests and candidates by index, each candidate's city, spare
 * capacity and current load, each city's load and the seats it may still take in this cycle
 * ({@code citySeatsLeft}), and the per-request demand and per-(request, city) cap.
 */
record FlowInstance(int requests, int demand, int maxPerCity, int[] candidateCity, int[] remaining, int[] load,
		int cities, int[] cityLoad, long reviewerStep, long cityStep, int[] citySeatsLeft) {

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
	 * convex load costs, the k-th extra review of a reviewer or city costing step × (existing load + k).
	 */
	long objective(Iterable<Arc> chosen) {
		long cost = 0;
		int[] perCandidate = new int[candidates()];
		int[] perCity = new int[cities];
		for (Arc arc : chosen) {
			cost += arc.cost();
			cost += reviewerStep * (load[arc.candidate()] + perCandidate[arc.candidate()]++);
			int city = candidateCity[arc.candidate()];
			cost += cityStep * (cityLoad[city] + perCity[city]++);
		}
		return cost;
	}

}
