package org.inclusivecities.platform.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

import org.inclusivecities.platform.routing.FlowInstance.Arc;

/**
 * The routing problem as an integer program for OR-Tools CP-SAT, over a given set of (request, reviewer)
 * options: a request is staffed with exactly N reviewers or none; at most the per-city cap from one city;
 * no reviewer over their spare capacity; no city over the seats it may still take this cycle; and no two cities reviewing each other within the run (for every
 * pair of cities with options in both directions, at most one direction is used). The load costs are unit
 * variables of rising cost, as in the flow ({@link FlowInstance#objective}), so the cost is linear.
 * <p>
 * Two objectives, solved one after the other ({@link ExactSolver}): the staffing value (the weights of the
 * staffed requests, {@link Priority}), then the total cost among solutions at least that well staffed. With fair
 * panels, a step between them: the worst panel's preference cost ({@link #worst}, at least every staffed panel's
 * sum of option costs), minimised, then held to its least value while the cost is minimised. The
 * model is built fresh per solve (cheap beside the search) with what that solve needs: a request forced to be
 * staffed (diagnosis), a lower limit on the staffing value (second stage), every request staffed.
 */
final class ExactModel {

	final CpModel model = new CpModel();

	final List<Arc> arcs;

	final BoolVar[] chosen;

	final BoolVar[] staffed;

	final LinearExpr staffing;

	final LinearExpr cost;

	/** With fair panels: at least every request's panel cost (0 for an unstaffed one); else null. */
	final IntVar worst;

	private final int demand;

	/** Per candidate, then per city: its load units in order (used ones first), and the options they count. */
	private final List<BoolVar[]> units = new ArrayList<>();

	private final List<List<Integer>> unitUses = new ArrayList<>();

	/** Per city pair with options both ways: the variable "this direction is used" and its options. */
	private final List<BoolVar> directions = new ArrayList<>();

	private final List<List<Integer>> directionUses = new ArrayList<>();

	ExactModel(FlowInstance instance, List<Arc> arcs, int[] requestCity, long[] weights, boolean fair) {
		this.arcs = arcs;
		this.demand = instance.demand();
		int n = instance.requests();
		chosen = new BoolVar[arcs.size()];
		staffed = new BoolVar[n];
		List<List<Literal>> perRequest = new ArrayList<>();
		List<List<Integer>> candidateArcs = new ArrayList<>();
		Map<Long, List<Integer>> pairArcs = new HashMap<>();
		for (int r = 0; r < n; r++) {
			staffed[r] = model.newBoolVar("s" + r);
			perRequest.add(new ArrayList<>());
		}
		Map<Long, List<Literal>> perRequestCity = new HashMap<>();
		List<List<Literal>> perCandidate = new ArrayList<>();
		for (int c = 0; c < instance.candidates(); c++) {
			perCandidate.add(new ArrayList<>());
			candidateArcs.add(new ArrayList<>());
		}
		Map<Long, List<Literal>> perCityPair = new HashMap<>();
		LinearExprBuilder costs = LinearExpr.newBuilder();
		for (int a = 0; a < arcs.size(); a++) {
			Arc arc = arcs.get(a);
			BoolVar x = model.newBoolVar("x" + a);
			chosen[a] = x;
			costs.addTerm(x, arc.cost());
			int city = instance.candidateCity()[arc.candidate()];
			perRequest.get(arc.request()).add(x);
			perRequestCity.computeIfAbsent((long) arc.request() * instance.cities() + city, k -> new ArrayList<>())
				.add(x);
			perCandidate.get(arc.candidate()).add(x);
			candidateArcs.get(arc.candidate()).add(a);
			if (requestCity[arc.request()] >= 0) {
				perCityPair.computeIfAbsent(pair(city, requestCity[arc.request()]), k -> new ArrayList<>()).add(x);
				pairArcs.computeIfAbsent(pair(city, requestCity[arc.request()]), k -> new ArrayList<>()).add(a);
			}
		}
		LinearExprBuilder staffingValue = LinearExpr.newBuilder();
		for (int r = 0; r < n; r++) {
			model.addEquality(LinearExpr.sum(perRequest.get(r).toArray(Literal[]::new)),
					LinearExpr.term(staffed[r], instance.demand()));
			staffingValue.addTerm(staffed[r], weights[r]);
		}
		for (List<Literal> sameCity : perRequestCity.values()) {
			if (sameCity.size() > instance.maxPerCity()) {
				model.addLessOrEqual(LinearExpr.sum(sameCity.toArray(Literal[]::new)), instance.maxPerCity());
			}
		}
		List<List<Literal>> perCity = new ArrayList<>();
		List<List<Integer>> cityArcs = new ArrayList<>();
		for (int city = 0; city < instance.cities(); city++) {
			perCity.add(new ArrayList<>());
			cityArcs.add(new ArrayList<>());
		}
		for (int c = 0; c < instance.candidates(); c++) {
			List<Literal> uses = perCandidate.get(c);
			if (uses.isEmpty()) {
				continue;
			}
			int units = Math.min(instance.remaining()[c], uses.size());
			if (uses.size() > units) {
				model.addLessOrEqual(LinearExpr.sum(uses.toArray(Literal[]::new)), units);
			}
			int candidate = c;
			loadUnits(uses, candidateArcs.get(c), units, k -> instance.seatCost(candidate, k),
					instance.reviewerStep() != 0 || instance.minimum()[c] > instance.load()[c], costs);
			perCity.get(instance.candidateCity()[c]).addAll(uses);
			cityArcs.get(instance.candidateCity()[c]).addAll(candidateArcs.get(c));
		}
		for (int city = 0; city < instance.cities(); city++) {
			List<Literal> uses = perCity.get(city);
			if (!uses.isEmpty()) {
				int left = instance.citySeatsLeft()[city];
				if (uses.size() > left) {
					model.addLessOrEqual(LinearExpr.sum(uses.toArray(Literal[]::new)), left);
				}
				int units = (int) Math.min(Math.min(uses.size(), (long) n * instance.demand()), left);
				int load = instance.cityLoad()[city];
				loadUnits(uses, cityArcs.get(city), units, k -> instance.cityStep() * (load + k), instance.cityStep() != 0,
						costs);
			}
		}
		Set<Long> done = new HashSet<>();
		perCityPair.forEach((key, forward) -> {
			int from = (int) (key >> 32);
			int to = (int) (long) key;
			List<Literal> backward = perCityPair.get(pair(to, from));
			if (backward != null && done.add(pair(Math.min(from, to), Math.max(from, to)))) {
				BoolVar one = direction(forward, pairArcs.get(key));
				BoolVar other = direction(backward, pairArcs.get(pair(to, from)));
				model.addAtMostOne(new Literal[] { one, other });
			}
		});
		staffing = staffingValue.build();
		costs.add(instance.shortfallAtStart());
		cost = costs.build();
		worst = fair ? worstPanel(n) : null;
	}

	private IntVar worstPanel(int n) {
		List<LinearExprBuilder> panels = new ArrayList<>();
		for (int r = 0; r < n; r++) {
			panels.add(LinearExpr.newBuilder());
		}
		long highest = 0;
		for (int a = 0; a < arcs.size(); a++) {
			panels.get(arcs.get(a).request()).addTerm(chosen[a], arcs.get(a).cost());
			highest = Math.max(highest, arcs.get(a).cost());
		}
		IntVar panelBound = model.newIntVar(0, highest * Math.max(1, demand), "worst");
		for (LinearExprBuilder panel : panels) {
			model.addLessOrEqual(panel.build(), panelBound);
		}
		return panelBound;
	}

	/** With fair panels, no panel may cost more than this (the least worst panel found); nothing otherwise. */
	ExactModel worstAtMost(long value) {
		if (worst != null && value >= 0) {
			model.addLessOrEqual(worst, value);
		}
		return this;
	}

	/** Staffing this request is required. */
	ExactModel force(int request) {
		model.addEquality(staffed[request], 1);
		return this;
	}

	/** Solutions must be staffed at least this well (the first stage's result). */
	ExactModel atLeast(long staffingValue) {
		model.addGreaterOrEqual(staffing, staffingValue);
		return this;
	}

	/** A complete hint (options, staffed requests, load units, directions), so CP-SAT starts from it at once. */
	ExactModel hint(List<Arc> solution) {
		Set<Arc> in = new HashSet<>(solution);
		boolean[] on = new boolean[arcs.size()];
		boolean[] staffedRequests = new boolean[staffed.length];
		for (int a = 0; a < arcs.size(); a++) {
			on[a] = in.contains(arcs.get(a));
			staffedRequests[arcs.get(a).request()] |= on[a];
			model.addHint(chosen[a], on[a]);
		}
		for (int r = 0; r < staffed.length; r++) {
			model.addHint(staffed[r], staffedRequests[r]);
		}
		for (int u = 0; u < units.size(); u++) {
			int count = (int) unitUses.get(u).stream().filter(a -> on[a]).count();
			BoolVar[] unit = units.get(u);
			for (int k = 0; k < unit.length; k++) {
				model.addHint(unit[k], k < count);
			}
		}
		for (int d = 0; d < directions.size(); d++) {
			model.addHint(directions.get(d), directionUses.get(d).stream().anyMatch(a -> on[a]));
		}
		if (worst != null) {
			long[] panel = new long[staffed.length];
			long highest = 0;
			for (int a = 0; a < arcs.size(); a++) {
				if (on[a]) {
					highest = Math.max(highest, panel[arcs.get(a).request()] += arcs.get(a).cost());
				}
			}
			model.addHint(worst, highest);
		}
		return this;
	}

	/** k-th unit (k = 0, 1, …) of extra load costs unitCost(k), which rises with k; so units are used in order. */
	private void loadUnits(List<Literal> uses, List<Integer> arcsUsed, int units,
			java.util.function.IntToLongFunction unitCost, boolean costly, LinearExprBuilder costs) {
		if (!costly) {
			return;
		}
		BoolVar[] unit = new BoolVar[units];
		this.units.add(unit);
		unitUses.add(arcsUsed);
		long[] ones = new long[units];
		for (int k = 0; k < units; k++) {
			unit[k] = model.newBoolVar("");
			ones[k] = 1;
			costs.addTerm(unit[k], unitCost.applyAsLong(k));
			if (k > 0) {
				model.addImplication(unit[k], unit[k - 1]);
			}
		}
		model.addEquality(LinearExpr.weightedSum(unit, ones), LinearExpr.sum(uses.toArray(Literal[]::new)));
	}

	/** True when any of these options is chosen. */
	private BoolVar direction(List<Literal> options, List<Integer> arcsUsed) {
		BoolVar used = model.newBoolVar("");
		directions.add(used);
		directionUses.add(arcsUsed);
		for (Literal option : options) {
			model.addImplication(option, used);
		}
		return used;
	}

	private static long pair(int reviewerCity, int reviewedCity) {
		return ((long) reviewerCity << 32) | (reviewedCity & 0xffffffffL);
	}

}
