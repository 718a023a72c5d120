package org.inclusivecities.platform.request;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.inclusivecities.platform.routing.Candidate;
import org.inclusivecities.platform.routing.RoutingContext;
import org.inclusivecities.platform.routing.RoutingProgress;
import org.inclusivecities.platform.routing.RoutingRequest;
import org.inclusivecities.platform.routing.RoutingResult;

/**
 * What routes the waiting requests of a preview: the anytime {@link org.inclusivecities.platform.routing.Router}
 * with the configured settings ({@link StandardRoutingEngine}). It reports every step to {@code listener} and stops
 * soon after {@code cancelled} holds, returning the best valid assignment found so far. A seam so a test can stand in
 * a solver that takes as long as the test needs.
 */
public interface RoutingEngine {

	RoutingResult route(List<RoutingRequest> requests, List<Candidate> candidates, RoutingContext context,
			Consumer<RoutingProgress> listener, BooleanSupplier cancelled);

}
