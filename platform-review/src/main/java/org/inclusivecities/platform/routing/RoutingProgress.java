package org.inclusivecities.platform.routing;

import java.time.Duration;

/**
 * One step of a routing run, reported as it happens so a slow run is visible, never silent: the phase
 * (eligibility, flow, staff, cost, diagnosis), the requests and options it works on, the objective of the
 * best solution so far ({@code cost}: the staffing value in the staff phases, the total cost otherwise), the
 * seats the flow left unfilled (-1 when the phase does not count them), the best proven bound on that
 * objective (-1 when there is none) and the time since the run started.
 */
public record RoutingProgress(int round, String phase, int requests, int arcs, long cost, int unfilledSeats,
		long bound, Duration elapsed) {

}
