package org.inclusivecities.platform.routing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.PriorityQueue;

import org.inclusivecities.platform.routing.Eligibility.Options;
import org.inclusivecities.platform.routing.FlowInstance.Arc;

/**
 * Solves the flow on a window of each request's most promising eligible options ({@link FirstWindow}), then
 * prices every option left out with the certified potentials of the solution ({@link ResidualPotentials});
 * options that could lower the cost join the window and the flow is solved again. When no left-out option has
 * a negative reduced cost, the window's optimum is the full problem's optimum. A 1,000 × 5,000 instance has
 * about 5 million options; the window needs a few tens of thousands. Uncertified potentials fall back to the
 * full set of options.
 */
final class PricedFlow {

	record Result(FlowSolution solution, boolean proven, boolean timedOut) {
	}

	private final Run run;

	private final List<Options> options = new ArrayList<>();

	private final List<BitSet> inWindow = new ArrayList<>();

	private final FlowSolver solver = new FlowSolver();

	private int windowSize;

	private int total;

	PricedFlow(Run run, List<Options> byRequest, List<Integer> active) {
		this.run = run;
		int sum = 0;
		for (int i = 0; i < active.size(); i++) {
			Options own = byRequest.get(active.get(i));
			options.add(own);
			sum += own.size;
		}
		total = sum;
		inWindow.addAll(new FirstWindow(run, options).choose(run.settings.initialCandidatesPerRequest()));
		inWindow.forEach(window -> windowSize += window.cardinality());
	}

	Result solve() {
		FlowInstance instance = run.instance(options.size());
		FlowSolution solution = null;
		while (true) {
			// the first round always runs (unless cancelled): it is what the run returns when time is short
			if (solution == null ? run.cancelled() : run.outOfTime()) {
				return new Result(solution, false, true);
			}
			solution = solver.solve(instance, window());
			run.report(solution.certified() ? "flow" : "flow-uncertified", options.size(), windowSize,
					solution.cost(), solution.unfilledSeats());
			if (windowSize == total) {
				return new Result(solution, true, false);
			}
			int added = solution.certified() ? addImproving(solution) : addAll();
			if (added == 0) {
				return new Result(solution, true, false);
			}
		}
	}

	private List<Arc> window() {
		List<Arc> arcs = new ArrayList<>(windowSize);
		for (int i = 0; i < options.size(); i++) {
			Options own = options.get(i);
			BitSet window = inWindow.get(i);
			for (int j = window.nextSetBit(0); j >= 0; j = window.nextSetBit(j + 1)) {
				arcs.add(new Arc(i, own.candidate[j], own.cost[j]));
			}
		}
		return arcs;
	}

	/**
	 * Adds, per request, up to one window's worth of the left-out options with the most negative reduced
	 * cost (all of them would flood the next round when a request has unfilled seats).
	 */
	private int addImproving(FlowSolution solution) {
		int added = 0;
		int limit = run.settings.initialCandidatesPerRequest();
		for (int i = 0; i < options.size(); i++) {
			Options own = options.get(i);
			BitSet window = inWindow.get(i);
			PriorityQueue<double[]> best = new PriorityQueue<>((a, b) -> Double.compare(b[0], a[0]));
			for (int j = 0; j < own.size; j++) {
				if (!window.get(j)) {
					double reduced = solution.reducedCost(i, own.candidate[j], own.cost[j]);
					if (reduced < -1e-6 && (best.size() < limit || reduced < best.peek()[0])) {
						best.add(new double[] { reduced, j });
						if (best.size() > limit) {
							best.poll();
						}
					}
				}
			}
			for (double[] entry : best) {
				window.set((int) entry[1]);
				added++;
			}
		}
		windowSize += added;
		return added;
	}

	private int addAll() {
		int added = total - windowSize;
		for (int i = 0; i < options.size(); i++) {
			inWindow.get(i).set(0, options.get(i).size);
		}
		windowSize = total;
		return added;
	}

}
