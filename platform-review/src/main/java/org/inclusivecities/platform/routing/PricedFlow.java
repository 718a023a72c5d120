package org.inclusivecities.platform.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

import org.inclusivecities.platform.routing.FlowInstance.Arc;

/**
 * Solves the flow on a window of each request's cheapest eligible arcs, then prices every arc left out with
 * the solver's certified potentials; arcs that could lower the cost join the window and the flow is solved
 * again. When no left-out arc has a negative reduced cost the window's optimum is the full problem's optimum.
 * This keeps a 1,000 × 5,000 instance small enough for JGraphT without giving up optimality.
 */
final class PricedFlow {

	record Result(FlowSolution solution, boolean proven, boolean timedOut) {
	}

	private final Run run;

	private final List<List<Arc>> all = new ArrayList<>();

	private final List<List<Arc>> window = new ArrayList<>();

	private final Set<Long> inWindow = new HashSet<>();

	private final FlowSolver solver = new FlowSolver();

	PricedFlow(Run run, List<List<Arc>> arcsByRequest, List<Integer> active) {
		this.run = run;
		for (int i = 0; i < active.size(); i++) {
			List<Arc> local = new ArrayList<>();
			for (Arc arc : arcsByRequest.get(active.get(i))) {
				local.add(new Arc(i, arc.candidate(), arc.cost()));
			}
			all.add(local);
			window.add(cheapest(local, run.settings.initialCandidatesPerRequest()));
			window.get(i).forEach(arc -> inWindow.add(key(arc)));
		}
	}

	Result solve() {
		FlowInstance instance = run.instance(all.size());
		FlowSolution solution = null;
		while (true) {
			if (run.outOfTime()) {
				return new Result(solution, false, true);
			}
			List<Arc> arcs = window.stream().flatMap(List::stream).toList();
			solution = solver.solve(instance, arcs);
			boolean complete = arcs.size() == all.stream().mapToInt(List::size).sum();
			run.report(solution.certified() ? "flow" : "flow-uncertified", all.size(), arcs.size(), solution.cost(),
					solution.unfilledSeats());
			if (complete) {
				return new Result(solution, true, false);
			}
			int added = solution.certified() ? addImproving(solution) : addAll();
			if (added == 0) {
				return new Result(solution, true, false);
			}
		}
	}

	private int addImproving(FlowSolution solution) {
		int added = 0;
		for (int i = 0; i < all.size(); i++) {
			for (Arc arc : all.get(i)) {
				if (!inWindow.contains(key(arc)) && solution.reducedCost(arc) < -1e-6) {
					window.get(i).add(arc);
					inWindow.add(key(arc));
					added++;
				}
			}
		}
		return added;
	}

	private int addAll() {
		int added = 0;
		for (int i = 0; i < all.size(); i++) {
			for (Arc arc : all.get(i)) {
				if (inWindow.add(key(arc))) {
					window.get(i).add(arc);
					added++;
				}
			}
		}
		return added;
	}

	private long key(Arc arc) {
		return (long) arc.request() * run.candidates.size() + arc.candidate();
	}

	private static List<Arc> cheapest(List<Arc> arcs, int k) {
		PriorityQueue<Arc> heap = new PriorityQueue<>(Comparator.comparingLong(Arc::cost).reversed());
		for (Arc arc : arcs) {
			if (heap.size() < k) {
				heap.add(arc);
			}
			else if (arc.cost() < heap.peek().cost()) {
				heap.poll();
				heap.add(arc);
			}
		}
		return new ArrayList<>(heap);
	}

}
