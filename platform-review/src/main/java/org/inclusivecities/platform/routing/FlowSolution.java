package org.inclusivecities.platform.routing;

import java.util.List;

import org.inclusivecities.platform.routing.FlowInstance.Arc;

/**
 * The chosen arcs, their objective value, the seats filled per request, and the node potentials that prove
 * optimality ({@link ResidualPotentials}): an arc left out of the network could only improve the solution if
 * its reduced cost under these potentials were negative ({@link #reducedCost}). An arc u → v is priced as
 * cost - π(u) + π(v); {@link #certified()} says whether the potentials were checked to hold on every arc.
 */
final class FlowSolution {

	private final List<Arc> chosen;

	private final long cost;

	private final int[] filled;

	private final FlowInstance instance;

	private final boolean certified;

	private final double[] requestPotential;

	private final double[] candidatePotential;

	private final double[][] viaPotential;

	FlowSolution(List<Arc> chosen, long cost, int[] filled, double[] requestPotential, double[] candidatePotential,
			double[][] viaPotential, FlowInstance instance, boolean certified) {
		this.chosen = chosen;
		this.cost = cost;
		this.filled = filled;
		this.instance = instance;
		this.certified = certified;
		this.requestPotential = requestPotential;
		this.candidatePotential = candidatePotential;
		this.viaPotential = viaPotential;
	}

	List<Arc> chosen() {
		return chosen;
	}

	long cost() {
		return cost;
	}

	int[] filled() {
		return filled;
	}

	boolean certified() {
		return certified;
	}

	int unfilledSeats() {
		int unfilled = 0;
		for (int seats : filled) {
			unfilled += instance.demand() - seats;
		}
		return unfilled;
	}

	double reducedCost(Arc arc) {
		return reducedCost(arc.request(), arc.candidate(), arc.cost());
	}

	/**
	 * Reduced cost of a (request → reviewer) arc that was not in the network. When its (request, city) node
	 * does not exist either, that node would carry no flow and could take the request's potential.
	 */
	double reducedCost(int request, int candidate, long arcCost) {
		double from = requestPotential[request];
		double[] via = viaPotential[request];
		if (via != null && !Double.isNaN(via[instance.candidateCity()[candidate]])) {
			from = via[instance.candidateCity()[candidate]];
		}
		return arcCost - from + candidatePotential[candidate];
	}

}
