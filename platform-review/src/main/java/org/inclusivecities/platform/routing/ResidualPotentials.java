package org.inclusivecities.platform.routing;

import java.util.Arrays;

/**
 * The dual certificate of a flow the solver already optimised: node potentials under which no residual arc
 * has a negative reduced cost. π(u) is the cost of the cheapest residual path from u to the sink (capped at a
 * large constant for a node that cannot reach it): the marginal cost of pushing one more unit from u. Such
 * distances exist exactly when the residual network has no negative cycle, i.e. when the flow is optimal
 * (label-correcting search over the reversed residual network, FIFO queue). This computes no flow: it only
 * proves (or fails to prove, see {@link #certifies()}) that the given flow is optimal, and the potentials price
 * options that were left out of the network. Pricing with these "distance to the sink" potentials makes an
 * option look attractive only when routing through it beats the request's own cheapest alternative, which
 * keeps the pricing rounds few. Convention: an arc u → v costs cost - π(u) + π(v).
 */
final class ResidualPotentials {

	private final int nodes;

	private final int size;

	private final int[] tail;

	private final int[] head;

	private final long[] capacity;

	private final long[] cost;

	private final long[] units;

	private final long[] distance;

	private final boolean cyclic;

	/** The distance of a node that cannot reach the sink (finite, so reduced costs stay exact in a long). */
	private static final long UNREACHABLE = 1L << 50;

	private final int sink;

	ResidualPotentials(int nodes, int sink, int size, int[] tail, int[] head, long[] capacity, long[] cost,
			long[] units) {
		this.sink = sink;
		this.nodes = nodes;
		this.size = size;
		this.tail = tail;
		this.head = head;
		this.capacity = capacity;
		this.cost = cost;
		this.units = units;
		this.distance = new long[nodes];
		this.cyclic = !shortestDistances();
	}

	/** π(node): the residual distance from the node to the sink. */
	double potential(int node) {
		return distance[node];
	}

	/**
	 * Whether the potentials prove the flow optimal: every arc with room left has a non-negative reduced cost
	 * and every arc carrying flow a non-positive one. Checked on every arc, independently of how they were found.
	 */
	boolean certifies() {
		if (cyclic) {
			return false;
		}
		for (int a = 0; a < size; a++) {
			long reduced = cost[a] - distance[tail[a]] + distance[head[a]];
			if ((units[a] < capacity[a] && reduced < 0) || (units[a] > 0 && reduced > 0)) {
				return false;
			}
		}
		return true;
	}

	/** Returns false when a negative cycle shows up (the flow was not optimal; no certificate). */
	private boolean shortestDistances() {
		// residual arcs, stored at their head: the search runs backwards from the sink
		int[] start = new int[nodes + 1];
		for (int a = 0; a < size; a++) {
			if (units[a] < capacity[a]) {
				start[head[a] + 1]++;
			}
			if (units[a] > 0) {
				start[tail[a] + 1]++;
			}
		}
		for (int n = 0; n < nodes; n++) {
			start[n + 1] += start[n];
		}
		int[] next = Arrays.copyOf(start, nodes);
		int[] to = new int[start[nodes]];
		long[] weight = new long[start[nodes]];
		for (int a = 0; a < size; a++) {
			if (units[a] < capacity[a]) {
				to[next[head[a]]] = tail[a];
				weight[next[head[a]]++] = cost[a];
			}
			if (units[a] > 0) {
				to[next[tail[a]]] = head[a];
				weight[next[tail[a]]++] = -cost[a];
			}
		}
		Arrays.fill(distance, UNREACHABLE);
		distance[sink] = 0;
		int[] queue = new int[nodes];
		boolean[] queued = new boolean[nodes];
		int[] scans = new int[nodes];
		queue[0] = sink;
		queued[sink] = true;
		int first = 0;
		int waiting = 1;
		while (waiting > 0) {
			int u = queue[first];
			first = (first + 1) % nodes;
			waiting--;
			queued[u] = false;
			if (++scans[u] > nodes + 1) {
				return false;
			}
			for (int e = start[u]; e < start[u + 1]; e++) {
				int v = to[e];
				long through = distance[u] + weight[e];
				if (through < distance[v]) {
					distance[v] = through;
					if (!queued[v]) {
						queued[v] = true;
						queue[(first + waiting) % nodes] = v;
						waiting++;
					}
				}
			}
		}
		return true;
	}

}
