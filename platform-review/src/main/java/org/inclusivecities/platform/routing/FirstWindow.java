package org.inclusivecities.platform.routing;

import java.util.BitSet;
import java.util.List;
import java.util.PriorityQueue;

import org.inclusivecities.platform.routing.Eligibility.Options;

/**
 * The options the first solver round starts from. A quick greedy pass staffs every request it can with the
 * cheapest option at the loads reached so far; the load it leaves on each reviewer and city then prices
 * every option (preference cost plus the marginal load cost at that point), and each request's window is its
 * greedy picks plus its k best-priced options. Only a starting point: pricing ({@link PricedFlow}) brings in
 * any left-out option that could lower the cost, so this affects speed, never the result.
 */
final class FirstWindow {

	private final Run run;

	private final List<Options> options;

	private final int[] used;

	private final int[] cityUsed;

	private final long cityStep;

	FirstWindow(Run run, List<Options> options) {
		this.run = run;
		this.options = options;
		this.used = new int[run.candidates.size()];
		this.cityUsed = new int[run.cityLoad.length];
		this.cityStep = run.settings.weights().cityLoadStep();
	}

	List<BitSet> choose(int k) {
		BitSet[] windows = new BitSet[options.size()];
		Integer[] order = new Integer[options.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		// the requests with the fewest options choose first
		java.util.Arrays.sort(order, (a, b) -> Integer.compare(options.get(a).size, options.get(b).size));
		for (int i : order) {
			windows[i] = greedy(options.get(i));
		}
		for (int i = 0; i < windows.length; i++) {
			best(options.get(i), k, windows[i]);
		}
		return List.of(windows);
	}

	private BitSet greedy(Options own) {
		BitSet picked = new BitSet(own.size);
		int[] perCity = new int[run.cityLoad.length];
		for (int seat = 0; seat < run.settings.reviewersPerRequest(); seat++) {
			int best = -1;
			long bestPrice = Long.MAX_VALUE;
			for (int j = 0; j < own.size; j++) {
				int c = own.candidate[j];
				int city = run.candidateCity[c];
				if (picked.get(j) || used[c] >= run.candidates.get(c).remainingCapacity()
						|| perCity[city] >= run.settings.maxReviewersPerCity()
						|| cityUsed[city] >= run.citySeatsLeft[city]) {
					continue;
				}
				long price = own.cost[j] + run.seatCost(c, used[c])
						+ cityStep * (run.cityLoad[city] + cityUsed[city]);
				if (price < bestPrice) {
					best = j;
					bestPrice = price;
				}
			}
			if (best < 0) {
				break;
			}
			int c = own.candidate[best];
			picked.set(best);
			used[c]++;
			cityUsed[run.candidateCity[c]]++;
			perCity[run.candidateCity[c]]++;
		}
		return picked;
	}

	/** Adds the k options with the lowest price at the loads the greedy pass left (ties: lowest index). */
	private void best(Options own, int k, BitSet window) {
		PriorityQueue<long[]> heap = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0])
				: Long.compare(b[1], a[1]));
		for (int j = 0; j < own.size; j++) {
			if (window.get(j)) {
				continue;
			}
			int c = own.candidate[j];
			int city = run.candidateCity[c];
			// a reviewer the greedy pass filled up competes at the price of their last seat
			int extra = Math.min(used[c], Math.max(0, run.candidates.get(c).remainingCapacity() - 1));
			long price = own.cost[j] + run.seatCost(c, extra)
					+ cityStep * (run.cityLoad[city] + cityUsed[city]);
			if (heap.size() < k) {
				heap.add(new long[] { price, j });
			}
			else if (price < heap.peek()[0]) {
				heap.poll();
				heap.add(new long[] { price, j });
			}
		}
		heap.forEach(entry -> window.set((int) entry[1]));
	}

}
