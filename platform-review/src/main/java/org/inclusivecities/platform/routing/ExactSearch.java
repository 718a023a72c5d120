package org.inclusivecities.platform.routing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.inclusivecities.platform.routing.Eligibility.Options;
import org.inclusivecities.platform.routing.FlowInstance.Arc;

/**
 * The lexicographic optimum with CP-SAT ({@link ExactModel}): first the best staffing value, then (with fair
 * panels) the least worst panel among assignments staffed that well, then the least cost among those. Which
 * options the model holds:
 * <ul>
 * <li>every option, when there are at most {@link #ALL_OPTIONS} of them (by default): the result is then exact;</li>
 * <li>when the flow staffed every request: the options whose reduced cost under the flow's certified
 * potentials is smallest, plus the flow's own. The flow is a relaxation (no reciprocity), so any assignment
 * using a left-out option a costs at least {@code L + rc(a)} (L the flow's optimum). A model optimum C with
 * {@code C - L <= min rc} of the left-out options is therefore the global optimum; otherwise every option with
 * {@code rc < C - L} is added and the model solved again;</li>
 * <li>otherwise (a large network where not every request can be staffed) each request's cheapest options,
 * the flow's and all options of the requests the flow left short: valid, not proven optimal.</li>
 * </ul>
 * With fair panels and a window, the least worst panel in the window is proven for the whole network only when it
 * equals {@link WorstPanel#bound} (every request staffed); the cost step keeps the worst panel at most
 * that value, a constraint, so the flow (without it) still bounds the cost from below.
 */
final class ExactSearch {

	static final long ALL_OPTIONS = 60_000;

	/** The most options a reduced-cost window may grow to. */
	static final long MAX_WINDOW = 250_000;

	record Best(List<Arc> chosen, boolean[] staffed, long staffing, long cost, long bound, boolean proven,
			boolean timedOut, List<Arc> window, boolean complete) {
	}

	private final Staffing staffing;

	private final ExactSolver solver;

	private final int perRequest;

	private final long allOptions;

	ExactSearch(Staffing staffing, ExactSolver solver, int perRequest, long allOptions) {
		this.staffing = staffing;
		this.solver = solver;
		this.perRequest = perRequest;
		this.allOptions = allOptions;
	}

	/**
	 * {@code relaxed}: the flow's proven optimum over every option (no reciprocity), or null; {@code fallback}:
	 * a valid assignment to start from (when it staffs every request, the first stage is skipped).
	 */
	Best solve(FlowSolution relaxed, List<Arc> fallback) {
		boolean complete = staffing.totalOptions() <= allOptions;
		boolean reducedCosts = !complete && relaxed != null && relaxed.certified() && relaxed.unfilledSeats() == 0;
		List<Arc> window = new ArrayList<>();
		double outside = Double.POSITIVE_INFINITY;
		List<BitSet> inWindow = new ArrayList<>();
		if (complete) {
			for (int i = 0; i < staffing.size(); i++) {
				window.addAll(staffing.arcs(i));
			}
		}
		else {
			boolean[] short_ = relaxed == null ? new boolean[staffing.size()] : shortIn(relaxed);
			for (int i = 0; i < staffing.size(); i++) {
				inWindow.add(best(i, relaxed, reducedCosts, short_[i]));
			}
			for (Arc arc : fallback) {
				Options own = staffing.options.get(arc.request());
				for (int j = 0; j < own.size; j++) {
					if (own.candidate[j] == arc.candidate()) {
						inWindow.get(arc.request()).set(j);
					}
				}
			}
			for (int i = 0; i < staffing.size(); i++) {
				BitSet chosen = inWindow.get(i);
				Options own = staffing.options.get(i);
				for (int j = 0; j < own.size; j++) {
					if (chosen.get(j)) {
						window.add(new Arc(i, own.candidate[j], own.cost[j]));
					}
					else if (reducedCosts) {
						outside = Math.min(outside, relaxed.reducedCost(i, own.candidate[j], own.cost[j]));
					}
				}
			}
		}
		// a start that staffs every request needs no first stage: nothing can be staffed better
		long startValue = staffing.priority.value(staffing.staffed(fallback));
		ExactSolver.Found first = startValue == staffing.everyone() ? null
				: solver.staff(staffing.model(window).hint(fallback), "staff", 0.5);
		boolean firstProven = first == null || first.proven();
		List<Arc> start = first != null && first.any() ? first.chosen() : fallback;
		long value = first != null && first.any() ? first.staffing() : startValue;
		boolean timedOut = !firstProven && !first.infeasible();
		long worst = -1;
		boolean fairProven = true;
		if (staffing.fair()) {
			ExactSolver.Found fairest = solver.fairest(staffing.model(window).atLeast(value).hint(start), "fair", 0.5);
			if (fairest.any() && fairest.staffing() >= value) {
				start = fairest.chosen();
			}
			worst = WorstPanel.worstPanel(staffing, start);
			fairProven = fairest.proven() && (complete
					|| value == staffing.everyone() && worst == WorstPanel.bound(staffing));
			timedOut |= !fairest.proven() && !fairest.infeasible();
		}
		ExactSolver.Found cheapest = solver.cheapest(
				staffing.model(window).atLeast(value).worstAtMost(worst).hint(start), "cost", 0.8);
		timedOut |= !cheapest.proven();
		List<Arc> chosen = cheaper(cheapest, start);
		long cost = staffing.instance.objective(chosen);
		boolean everyone = value == staffing.everyone();
		if (complete) {
			boolean proven = firstProven && fairProven && cheapest.proven();
			return best(chosen, proven, firstProven && cheapest.any() ? cheapest.bound() : -1, timedOut,
					window, true);
		}
		if (!reducedCosts || !everyone) {
			return best(chosen, false, -1, timedOut, window, false);
		}
		long relaxedCost = relaxed.cost();
		while (true) {
			long windowBound = cheapest.proven() ? cost : cheapest.any() ? cheapest.bound() : relaxedCost;
			long bound = Math.max(relaxedCost, Math.min(windowBound, relaxedCost + (long) Math.ceil(outside - 1e-6)));
			boolean proven = fairProven && cheapest.proven() && cost - relaxedCost <= outside + 1e-6;
			if (proven || !fairProven || staffing.run.outOfTime() || !cheapest.proven()) {
				return best(chosen, proven, bound, !proven && timedOut, window, false);
			}
			double limit = cost - relaxedCost;
			outside = grow(relaxed, inWindow, window, limit);
			if (outside < 0) {
				return best(chosen, false, bound, false, window, false);
			}
			cheapest = solver.cheapest(
					staffing.model(window).atLeast(staffing.everyone()).worstAtMost(worst).hint(chosen), "cost", 0.8);
			chosen = cheaper(cheapest, chosen);
			cost = staffing.instance.objective(chosen);
			timedOut = !cheapest.proven();
		}
	}

	/**
	 * Adds every left-out option with reduced cost below the limit; returns the smallest reduced cost still
	 * left out, or -1 when the window would grow past {@link #MAX_WINDOW}.
	 */
	private double grow(FlowSolution relaxed, List<BitSet> inWindow, List<Arc> window, double limit) {
		List<Arc> added = new ArrayList<>();
		double outside = Double.POSITIVE_INFINITY;
		for (int i = 0; i < staffing.size(); i++) {
			Options own = staffing.options.get(i);
			BitSet in = inWindow.get(i);
			for (int j = 0; j < own.size; j++) {
				if (!in.get(j)) {
					double reduced = relaxed.reducedCost(i, own.candidate[j], own.cost[j]);
					if (reduced < limit - 1e-6) {
						in.set(j);
						added.add(new Arc(i, own.candidate[j], own.cost[j]));
					}
					else {
						outside = Math.min(outside, reduced);
					}
				}
			}
		}
		if (window.size() + added.size() > MAX_WINDOW) {
			return -1;
		}
		window.addAll(added);
		staffing.run.report("window", staffing.size(), window.size(), 0, -1);
		return outside;
	}

	/** The solver's solution unless it is missing or dearer than the one it started from (a stopped search). */
	private List<Arc> cheaper(ExactSolver.Found found, List<Arc> start) {
		if (!found.any()) {
			return start;
		}
		long startValue = staffing.priority.value(staffing.staffed(start));
		boolean worse = found.staffing() < startValue || (found.staffing() == startValue
				&& staffing.instance.objective(found.chosen()) > staffing.instance.objective(start));
		return worse ? start : found.chosen();
	}

	private Best best(List<Arc> chosen, boolean proven, long bound, boolean timedOut, List<Arc> window,
			boolean complete) {
		boolean[] staffed = staffing.staffed(chosen);
		return new Best(chosen, staffed, staffing.priority.value(staffed), staffing.instance.objective(chosen),
				proven ? staffing.instance.objective(chosen) : bound, proven, timedOut, window, complete);
	}

	private boolean[] shortIn(FlowSolution relaxed) {
		boolean[] short_ = new boolean[staffing.size()];
		for (int i = 0; i < staffing.size(); i++) {
			short_[i] = relaxed.filled()[i] < staffing.instance.demand();
		}
		return short_;
	}

	/**
	 * A request's options in the window: the flow's choices, then the {@code perRequest} best by reduced cost
	 * (or by preference cost without usable potentials); every option of a request the flow left short.
	 */
	private BitSet best(int i, FlowSolution relaxed, boolean reducedCosts, boolean short_) {
		Options own = staffing.options.get(i);
		BitSet chosen = new BitSet(own.size);
		if (short_) {
			chosen.set(0, own.size);
			return chosen;
		}
		double[] score = new double[own.size];
		for (int j = 0; j < own.size; j++) {
			score[j] = reducedCosts ? relaxed.reducedCost(i, own.candidate[j], own.cost[j]) : own.cost[j];
		}
		if (relaxed != null) {
			for (Arc arc : relaxed.chosen()) {
				if (arc.request() == i) {
					for (int j = 0; j < own.size; j++) {
						if (own.candidate[j] == arc.candidate()) {
							chosen.set(j);
						}
					}
				}
			}
		}
		int[] kept = new int[Math.min(perRequest, own.size)];
		int size = 0;
		for (int j = 0; j < own.size; j++) {
			// insertion into the few best so far, kept in ascending order of score
			if (size < kept.length || score[j] < score[kept[size - 1]]) {
				int at = size < kept.length ? size++ : size - 1;
				while (at > 0 && score[kept[at - 1]] > score[j]) {
					kept[at] = kept[at - 1];
					at--;
				}
				kept[at] = j;
			}
		}
		for (int k = 0; k < size; k++) {
			chosen.set(kept[k]);
		}
		return chosen;
	}

}
