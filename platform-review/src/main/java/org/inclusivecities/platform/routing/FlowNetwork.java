package org.inclusivecities.platform.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.inclusivecities.platform.routing.FlowInstance.Arc;

/**
 * The routing flow network of {@link FlowSolver} as parallel arc arrays, kept on the Java side to read the
 * solution and derive its duals ({@link ResidualPotentials}).
 */
final class FlowNetwork {

	static final int SINK = 0;

	final FlowInstance instance;

	final long totalDemand;

	final int firstCandidate;

	final int firstCity;

	final Map<Long, Integer> cityNodes = new HashMap<>();

	final List<Arc> arcs;

	int nodes;

	int size;

	int[] tail = new int[64];

	int[] head = new int[64];

	long[] capacity = new long[64];

	long[] cost = new long[64];

	/** For each network arc, the index of its request → reviewer arc in {@link #arcs}, or -1. */
	int[] arcIndex = new int[64];

	FlowNetwork(FlowInstance instance, List<Arc> arcs) {
		this.instance = instance;
		this.arcs = arcs;
		this.totalDemand = (long) instance.requests() * instance.demand();
		firstCandidate = 1 + instance.requests();
		firstCity = firstCandidate + instance.candidates();
		nodes = firstCity + instance.cities();
		long unfilled = unfilledCost(instance, totalDemand, arcs);
		for (int r = 0; r < instance.requests(); r++) {
			add(requestNode(r), SINK, instance.demand(), unfilled, -1);
		}
		Map<Long, Integer> perRequestCity = new HashMap<>();
		for (Arc arc : arcs) {
			perRequestCity.merge(key(arc), 1, Integer::sum);
		}
		for (int i = 0; i < arcs.size(); i++) {
			Arc arc = arcs.get(i);
			addRequestArc(arc, i, perRequestCity.get(key(arc)) > instance.maxPerCity());
		}
		addLoadArcs();
	}

	int requestNode(int request) {
		return 1 + request;
	}

	int candidateNode(int candidate) {
		return firstCandidate + candidate;
	}

	long key(Arc arc) {
		return (long) arc.request() * instance.cities() + instance.candidateCity()[arc.candidate()];
	}

	void add(int from, int to, long units, long unitCost, int arc) {
		if (size == tail.length) {
			int grown = size * 2;
			tail = Arrays.copyOf(tail, grown);
			head = Arrays.copyOf(head, grown);
			capacity = Arrays.copyOf(capacity, grown);
			cost = Arrays.copyOf(cost, grown);
			arcIndex = Arrays.copyOf(arcIndex, grown);
		}
		tail[size] = from;
		head[size] = to;
		capacity[size] = units;
		cost[size] = unitCost;
		arcIndex[size++] = arc;
	}

	/**
	 * A (request, city) node is only needed when more candidates of that city than the per-city cap are
	 * in the network for the request; otherwise the arc goes straight from the request to the reviewer.
	 */
	void addRequestArc(Arc arc, int index, boolean viaCity) {
		if (!viaCity) {
			add(requestNode(arc.request()), candidateNode(arc.candidate()), 1, arc.cost(), index);
			return;
		}
		Integer via = cityNodes.get(key(arc));
		if (via == null) {
			via = nodes++;
			add(requestNode(arc.request()), via, instance.maxPerCity(), 0, -1);
			cityNodes.put(key(arc), via);
		}
		add(via, candidateNode(arc.candidate()), 1, arc.cost(), index);
	}

	void addLoadArcs() {
		long[] cityCapacity = new long[instance.cities()];
		for (int c = 0; c < instance.candidates(); c++) {
			int city = instance.candidateCity()[c];
			int units = (int) Math.min(instance.remaining()[c], instance.requests());
			for (int k = 0; k < units; k++) {
				add(candidateNode(c), firstCity + city, 1, instance.seatCost(c, k), -1);
			}
			cityCapacity[city] += units;
		}
		for (int city = 0; city < instance.cities(); city++) {
			// the cap on the city's seats per cycle bounds the flow through the city, so the flow stays a relaxation
			long units = Math.min(Math.min(cityCapacity[city], totalDemand), instance.citySeatsLeft()[city]);
			for (int k = 0; k < units; k++) {
				add(firstCity + city, SINK, 1, instance.cityStep() * (instance.cityLoad()[city] + k), -1);
			}
		}
	}

	FlowSolution solution(long[] units) {
		List<Arc> chosen = new ArrayList<>();
		int[] filled = new int[instance.requests()];
		for (int a = 0; a < size; a++) {
			if (arcIndex[a] >= 0 && units[a] > 0) {
				Arc arc = arcs.get(arcIndex[a]);
				chosen.add(arc);
				filled[arc.request()]++;
			}
		}
		ResidualPotentials duals = new ResidualPotentials(nodes, SINK, size, tail, head, capacity, cost, units);
		double[] requestPotential = new double[instance.requests()];
		for (int r = 0; r < instance.requests(); r++) {
			requestPotential[r] = duals.potential(requestNode(r));
		}
		double[] candidatePotential = new double[instance.candidates()];
		for (int c = 0; c < instance.candidates(); c++) {
			candidatePotential[c] = duals.potential(candidateNode(c));
		}
		double[][] viaPotential = new double[instance.requests()][];
		cityNodes.forEach((key, node) -> {
			int request = (int) (key / instance.cities());
			if (viaPotential[request] == null) {
				viaPotential[request] = new double[instance.cities()];
				Arrays.fill(viaPotential[request], Double.NaN);
			}
			viaPotential[request][(int) (key % instance.cities())] = duals.potential(node);
		});
		return new FlowSolution(chosen, instance.objective(chosen), filled, requestPotential, candidatePotential,
				viaPotential, instance, duals.certifies());
	}

	/** Bigger than the cost of any solution, so one more filled seat always wins. */
	static long unfilledCost(FlowInstance instance, long totalDemand, List<Arc> arcs) {
		long maxArc = 0;
		for (Arc arc : arcs) {
			maxArc = Math.max(maxArc, arc.cost());
		}
		long maxLoad = 0;
		for (int c = 0; c < instance.candidates(); c++) {
			maxLoad = Math.max(maxLoad, (long) instance.load()[c] + instance.remaining()[c]);
		}
		long maxCityLoad = 0;
		for (int load : instance.cityLoad()) {
			maxCityLoad = Math.max(maxCityLoad, load);
		}
		long perSeat = 1 + maxArc + instance.reviewerStep() * maxLoad + instance.cityStep() * (maxCityLoad + totalDemand);
		return (totalDemand + 1) * perSeat * 2;
	}

}
