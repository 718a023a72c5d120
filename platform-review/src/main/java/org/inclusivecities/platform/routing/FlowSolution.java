package org.inclusivecities.platform.routing;

import java.util.List;
import java.util.Map;

import org.inclusivecities.platform.routing.FlowInstance.Arc;

/**
 * The chosen arcs, their objective value, the seats filled per request, and the node potentials JGraphT
 * proves optimality with: an arc left out of the network could only improve the solution if its reduced cost
 * under these potentials were negative ({@link #reducedCost}).
 */
record FlowSolution(List<Arc> chosen, long cost, int[] filled, Map<Integer, Double> potentials,
		Map<Long, Integer> cityNodes, FlowInstance instance, boolean certified) {

	int unfilledSeats() {
		int unfilled = 0;
		for (int seats : filled) {
			unfilled += instance.demand() - seats;
		}
		return unfilled;
	}

	/**
	 * Reduced cost of a (request → reviewer) arc that was not in the network; meaningful only when
	 * {@link #certified()}. When its (request, city) node
	 * does not exist either, that node would carry no flow and could take the request's potential.
	 */
	double reducedCost(Arc arc) {
		long key = (long) arc.request() * instance.cities() + instance.candidateCity()[arc.candidate()];
		Integer from = cityNodes.getOrDefault(key, 2 + arc.request());
		int to = 2 + instance.requests() + arc.candidate();
		return arc.cost() - potentials.get(from) + potentials.get(to);
	}

}
