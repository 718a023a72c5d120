package org.inclusivecities.platform.routing;

import java.util.List;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import org.inclusivecities.platform.routing.FlowInstance.Arc;

/**
 * Builds the routing flow network and hands it to Google OR-Tools' minimum-cost-flow solver (cost scaling,
 * native code):
 *
 * <pre>
 * request (supply N) → (request, city) (cap maxPerCity) → reviewer (cap 1, preference cost)
 *        → reviewer's city (unit arcs of rising cost up to the reviewer's spare capacity) → sink (unit arcs of
 *        rising cost: the city's load)
 * request → sink (cap N, cost M): an unfilled seat, M larger than any real solution, so the flow first
 * fills as many seats as possible and then is cheapest.
 * </pre>
 *
 * The per-(request, city) cap of at most N-1 forces reviewers from at least two cities. OR-Tools returns the
 * optimal flow but no dual values; {@link ResidualPotentials} derives them from the flow and every arc is
 * checked against them ({@link FlowSolution#certified()}) before they are used to price left-out options.
 */
final class FlowSolver {

	FlowSolution solve(FlowInstance instance, List<Arc> arcs) {
		OrTools.load();
		FlowNetwork network = new FlowNetwork(instance, arcs);
		MinCostFlow flow = new MinCostFlow(network.nodes, network.size);
		try {
			for (int a = 0; a < network.size; a++) {
				flow.addArcWithCapacityAndUnitCost(network.tail[a], network.head[a], network.capacity[a],
						network.cost[a]);
			}
			for (int r = 0; r < instance.requests(); r++) {
				flow.setNodeSupply(network.requestNode(r), instance.demand());
			}
			flow.setNodeSupply(FlowNetwork.SINK, -network.totalDemand);
			MinCostFlowBase.Status status = flow.solve();
			if (status != MinCostFlowBase.Status.OPTIMAL) {
				// cannot happen for this network (the unfilled-seat arcs make every instance feasible)
				throw new IllegalStateException("OR-Tools min-cost flow ended with status " + status);
			}
			long[] units = new long[network.size];
			for (int a = 0; a < network.size; a++) {
				units[a] = flow.getFlow(a);
			}
			return network.solution(units);
		}
		finally {
			flow.delete();
		}
	}

}
