package org.inclusivecities.platform.request;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.inclusivecities.platform.routing.Candidate;
import org.inclusivecities.platform.routing.HardRules;
import org.inclusivecities.platform.routing.Router;
import org.inclusivecities.platform.routing.RoutingContext;
import org.inclusivecities.platform.routing.RoutingProgress;
import org.inclusivecities.platform.routing.RoutingRequest;
import org.inclusivecities.platform.routing.RoutingResult;

import org.springframework.stereotype.Component;

/** The routing of the platform: the {@link Router} with the configured settings and the standard hard rules. */
@Component
class StandardRoutingEngine implements RoutingEngine {

	private final ReviewProperties properties;

	StandardRoutingEngine(ReviewProperties properties) {
		this.properties = properties;
	}

	@Override
	public RoutingResult route(List<RoutingRequest> requests, List<Candidate> candidates, RoutingContext context,
			Consumer<RoutingProgress> listener, BooleanSupplier cancelled) {
		return new Router(properties.routing(), HardRules.standard()).route(requests, candidates, context, listener,
				cancelled);
	}

}
