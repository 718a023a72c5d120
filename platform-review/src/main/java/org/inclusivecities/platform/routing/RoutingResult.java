package org.inclusivecities.platform.routing;

import java.util.List;

/**
 * What a routing run produced. OPTIMAL: proven minimum cost for the requests it staffed. NOT_PROVEN_OPTIMAL:
 * valid (no hard rule broken) but a repair step or a missing certificate means it may not be the cheapest.
 * TIMED_OUT: the time budget ran out; when the last completed round staffed every request without breaking a
 * rule its assignments are kept (valid, not proven cheapest), otherwise there are none and every request is
 * reported unrouted with reason TIMED_OUT.
 */
public record RoutingResult(Outcome outcome, List<Assignment> assignments, List<Unrouted> unrouted, long cost,
		List<RoutingProgress> progress) {

	public RoutingResult {
		assignments = List.copyOf(assignments);
		unrouted = List.copyOf(unrouted);
		progress = List.copyOf(progress);
	}

	public List<Assignment> assignmentsOf(String requestId) {
		return assignments.stream().filter(a -> a.requestId().equals(requestId)).toList();
	}

	public enum Outcome {

		OPTIMAL, NOT_PROVEN_OPTIMAL, TIMED_OUT

	}

}
