package org.inclusivecities.platform.routing;

import java.util.List;

/**
 * What a routing run produced, judged by one lexicographic objective: first the most requests fully staffed
 * (ties broken by {@link Priority}), then the least total cost. Every outcome's assignments keep every hard
 * rule, reciprocity within the run included.
 * <ul>
 * <li>OPTIMAL: proven best on both counts.</li>
 * <li>NOT_PROVEN_OPTIMAL: valid, but the solver could not prove it best (a network too large for the exact
 * model to hold every option while some requests cannot be staffed).</li>
 * <li>TIMED_OUT / CANCELLED: the run stopped; the best assignment found so far is kept (never none when one
 * was found, and the flow's first round always yields one).</li>
 * </ul>
 * {@code bound}: a proven lower bound on the cost of any assignment staffing the same requests as well, -1 when
 * none is known; {@code cost - bound} is the most the result can be above the optimum.
 */
public record RoutingResult(Outcome outcome, List<Assignment> assignments, List<Unrouted> unrouted, long cost,
		long bound, List<RoutingProgress> progress) {

	public RoutingResult {
		assignments = List.copyOf(assignments);
		unrouted = List.copyOf(unrouted);
		progress = List.copyOf(progress);
	}

	public List<Assignment> assignmentsOf(String requestId) {
		return assignments.stream().filter(a -> a.requestId().equals(requestId)).toList();
	}

	/** The highest sum of preference costs of one request's panel (what fair panels minimise), 0 when none. */
	public long worstPanel() {
		return assignments.stream()
			.collect(java.util.stream.Collectors.groupingBy(Assignment::requestId,
					java.util.stream.Collectors.summingLong(Assignment::preferenceCost)))
			.values()
			.stream()
			.mapToLong(Long::longValue)
			.max()
			.orElse(0);
	}

	/** How far above the optimum the cost can be (0 when proven optimal), -1 when no bound is known. */
	public long gap() {
		return bound < 0 ? -1 : Math.max(0, cost - bound);
	}

	public enum Outcome {

		OPTIMAL, NOT_PROVEN_OPTIMAL, TIMED_OUT, CANCELLED

	}

}
