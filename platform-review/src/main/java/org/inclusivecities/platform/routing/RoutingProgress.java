package org.inclusivecities.platform.routing;

import java.time.Duration;

/** One step of a routing run, reported as it happens so a slow run is visible, never silent. */
public record RoutingProgress(int round, String phase, int requests, int arcs, long cost, int unfilledSeats,
		Duration elapsed) {

}
