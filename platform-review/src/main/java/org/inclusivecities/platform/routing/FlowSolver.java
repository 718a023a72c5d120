package org.inclusivecities.platform.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DirectedWeightedMultigraph;

import org.inclusivecities.platform.routing.FlowInstance.Arc;

/**
 * Builds the routing flow network and hands it to JGraphT's capacity-scaling minimum-cost-flow algorithm:
 *
 * <pre>
 * request (supply N) → (request, city) (cap maxPerCity) → reviewer (cap 1, preference cost)
 *        → reviewer's city (unit arcs of rising cost up to the reviewer's spare capacity) → sink (unit arcs of
 *        rising cost: the city's load)
 * request → sink (cap N, cost M): an unfilled seat, M larger than any real solution, so the flow first
 * fills as many seats as possible and then is cheapest.
 * </pre>
 *
 * The per-(request, city) cap of at most N-1 forces reviewers from at least two cities.
 */
final class FlowSolver {

	private static final int SINK = 1;

	FlowSolution solve(FlowInstance instance, List<Arc> arcs) {
		Network network = new Network(instance);
		Map<Long, Integer> perRequestCity = new HashMap<>();
		for (Arc arc : arcs) {
			perRequestCity.merge(network.key(arc), 1, Integer::sum);
		}
		for (int i = 0; i < arcs.size(); i++) {
			network.addRequestArc(arcs.get(i), i, perRequestCity.get(network.key(arcs.get(i))) > instance.maxPerCity());
		}
		network.addLoadArcs();
		var algorithm = new CapacityScalingMinimumCostFlow<Integer, Edge>();
		var problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<Integer, Edge>(network.graph,
				network::supply, e -> e.capacity, e -> 0, e -> e.cost);
		var flow = algorithm.getMinimumCostFlow(problem);
		List<Arc> chosen = new ArrayList<>();
		int[] filled = new int[instance.requests()];
		for (Edge edge : network.graph.edgeSet()) {
			if (edge.arcIndex >= 0 && flow.getFlow(edge) > 0.5) {
				Arc arc = arcs.get(edge.arcIndex);
				chosen.add(arc);
				filled[arc.request()]++;
			}
		}
		Map<Integer, Double> potentials = algorithm.getDualSolution();
		return new FlowSolution(chosen, instance.objective(chosen), filled, potentials, network.cityNodes, instance,
				certifies(network.graph, flow, potentials));
	}

	/**
	 * Whether the potentials JGraphT returns prove this flow optimal (every residual arc has a non-negative
	 * reduced cost). They usually do; when they do not, the caller must not use them to price left-out arcs.
	 */
	private static boolean certifies(Graph<Integer, Edge> graph,
			org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow<Edge> flow,
			Map<Integer, Double> potentials) {
		for (Edge edge : graph.edgeSet()) {
			// JGraphT's potentials price an arc u → v as cost - π(u) + π(v)
			double reduced = edge.cost - potentials.get(graph.getEdgeSource(edge))
					+ potentials.get(graph.getEdgeTarget(edge));
			double units = flow.getFlow(edge);
			if ((units < edge.capacity - 0.5 && reduced < -1e-6) || (units > 0.5 && reduced > 1e-6)) {
				return false;
			}
		}
		return true;
	}

	/** A flow edge: capacity, cost and, for request → reviewer arcs, the index of the arc. */
	static final class Edge {

		final int capacity;

		final double cost;

		final int arcIndex;

		Edge(int capacity, double cost, int arcIndex) {
			this.capacity = capacity;
			this.cost = cost;
			this.arcIndex = arcIndex;
		}

	}

	private static final class Network {

		// JGraphT 1.5.3's capacity scaling reads arc costs from the graph's edge weights (not from the problem's
		// cost function), so the network is a weighted multigraph and every edge gets its cost as weight.
		final Graph<Integer, Edge> graph = new DirectedWeightedMultigraph<>(null, null);

		final FlowInstance instance;

		final Map<Long, Integer> cityNodes = new HashMap<>();

		final int firstCandidate;

		final int firstCity;

		int nextNode;

		final long totalDemand;

		Network(FlowInstance instance) {
			this.instance = instance;
			this.totalDemand = (long) instance.requests() * instance.demand();
			graph.addVertex(0);
			graph.addVertex(SINK);
			int node = 2;
			double unfilled = unfilledCost(instance, totalDemand);
			for (int r = 0; r < instance.requests(); r++) {
				graph.addVertex(node);
				add(node, SINK, new Edge(instance.demand(), unfilled, -1));
				node++;
			}
			firstCandidate = node;
			for (int c = 0; c < instance.candidates(); c++) {
				graph.addVertex(node++);
			}
			firstCity = node;
			for (int c = 0; c < instance.cities(); c++) {
				graph.addVertex(node++);
			}
			nextNode = node;
		}

		void add(int from, int to, Edge edge) {
			graph.addEdge(from, to, edge);
			graph.setEdgeWeight(edge, edge.cost);
		}

		int requestNode(int request) {
			return 2 + request;
		}

		int candidateNode(int candidate) {
			return firstCandidate + candidate;
		}

		long key(Arc arc) {
			return (long) arc.request() * instance.cities() + instance.candidateCity()[arc.candidate()];
		}

		/**
		 * A (request, city) node is only needed when more candidates of that city than the per-city cap are
		 * in the network for the request; otherwise the arc goes straight from the request to the reviewer.
		 */
		void addRequestArc(Arc arc, int index, boolean viaCity) {
			if (!viaCity) {
				add(requestNode(arc.request()), candidateNode(arc.candidate()), new Edge(1, arc.cost(), index));
				return;
			}
			long key = key(arc);
			Integer via = cityNodes.get(key);
			if (via == null) {
				via = nextNode++;
				graph.addVertex(via);
				add(requestNode(arc.request()), via, new Edge(instance.maxPerCity(), 0, -1));
				cityNodes.put(key, via);
			}
			add(via, candidateNode(arc.candidate()), new Edge(1, arc.cost(), index));
		}

		void addLoadArcs() {
			long[] cityCapacity = new long[instance.cities()];
			for (int c = 0; c < instance.candidates(); c++) {
				int city = instance.candidateCity()[c];
				int units = (int) Math.min(instance.remaining()[c], instance.requests());
				for (int k = 0; k < units; k++) {
					add(candidateNode(c), firstCity + city,
							new Edge(1, instance.reviewerStep() * (instance.load()[c] + k), -1));
				}
				cityCapacity[city] += units;
			}
			for (int city = 0; city < instance.cities(); city++) {
				long units = Math.min(cityCapacity[city], totalDemand);
				for (int k = 0; k < units; k++) {
					add(firstCity + city, SINK,
							new Edge(1, instance.cityStep() * (instance.cityLoad()[city] + k), -1));
				}
			}
		}

		/** Each request supplies its seats (so each shortest-path search starts near one request). */
		int supply(Integer node) {
			if (node == SINK) {
				return (int) -totalDemand;
			}
			return node >= 2 && node < firstCandidate ? instance.demand() : 0;
		}

		/** Bigger than the cost of any solution, so one more filled seat always wins. */
		static double unfilledCost(FlowInstance instance, long totalDemand) {
			long maxLoad = 0;
			for (int c = 0; c < instance.candidates(); c++) {
				maxLoad = Math.max(maxLoad, (long) instance.load()[c] + instance.remaining()[c]);
			}
			long maxCityLoad = 0;
			for (int load : instance.cityLoad()) {
				maxCityLoad = Math.max(maxCityLoad, load);
			}
			long perSeat = 1000 + instance.reviewerStep() * maxLoad + instance.cityStep() * (maxCityLoad + totalDemand);
			return (double) (totalDemand + 1) * perSeat * 2;
		}

	}

}
