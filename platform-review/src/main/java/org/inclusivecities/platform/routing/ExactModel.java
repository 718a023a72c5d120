package org.inclusivecities.platform.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

import org.inclusivecities.platform.routing.FlowInstance.Arc;

/**
 * The routing problem as an integer program for OR-Tools CP-SAT, over a given set of (request, reviewer)
 * options: a request is staffed with exactly N reviewers or none; at most the per-city cap from one city;
 * no reviewer over their spare capacity; and no two cities reviewing each other within the run (for every
 * pair of cities with options in both directions, at most one direction is used). The load costs are unit
 * variables of rising cost, as in the flow ({@link FlowInstance#objective}), so the cost is linear.
 * <p>
 * Two objectives, solved one after the other ({@link ExactSolver}): the staffing value (the weights of the
 * staffed requests, {@link Priority}), then the total cost among solutions at least that well staffed. The
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

	ExactModel(FlowInstance instance, List<Arc> arcs, int[] requestCity, long[] weights) {
		this.arcs = arcs;
		int n = instance.requests();
		chosen = new BoolVar[arcs.size()];
		staffed = new BoolVar[n];
		List<List<Literal>> perRequest = new ArrayList<>();
		for (int r = 0; r < n; r++) {
			staffed[r] = model.newBoolVar("s" + r);
			perRequest.add(new ArrayList<>());
		}
		Map<Long, List<Literal>> perRequestCity = new HashMap<>();
		List<List<Literal>> perCandidate = new ArrayList<>();
		for (int c = 0; c < instance.candidates(); c++) {
			perCandidate.add(new ArrayList<>());
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
			if (requestCity[arc.request()] >= 0) {
				perCityPair.computeIfAbsent(pair(city, requestCity[arc.request()]), k -> new ArrayList<>()).add(x);
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
		for (int city = 0; city < instance.cities(); city++) {
			perCity.add(new ArrayList<>());
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
			loadUnits(uses, units, instance.reviewerStep(), instance.load()[c], costs);
			perCity.get(instance.candidateCity()[c]).addAll(uses);
		}
		for (int city = 0; city < instance.cities(); city++) {
			List<Literal> uses = perCity.get(city);
			if (!uses.isEmpty()) {
				int units = (int) Math.min(uses.size(), (long) n * instance.demand());
				loadUnits(uses, units, instance.cityStep(), instance.cityLoad()[city], costs);
			}
		}
		Set<Long> done = new HashSet<>();
		perCityPair.forEach((key, forward) -> {
			int from = (int) (key >> 32);
			int to = (int) (long) key;
			List<Literal> backward = perCityPair.get(pair(to, from));
			if (backward != null && done.add(pair(Math.min(from, to), Math.max(from, to)))) {
				BoolVar one = direction(forward);
				BoolVar other = direction(backward);
				model.addAtMostOne(new Literal[] { one, other });
			}
		});
		staffing = staffingValue.build();
		cost = costs.build();
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

	ExactModel hint(List<Arc> solution) {
		Set<Arc> in = new HashSet<>(solution);
		Set<Integer> staffedRequests = new HashSet<>();
		solution.forEach(arc -> staffedRequests.add(arc.request()));
		for (int a = 0; a < arcs.size(); a++) {
			model.addHint(chosen[a], in.contains(arcs.get(a)));
		}
		for (int r = 0; r < staffed.length; r++) {
			model.addHint(staffed[r], staffedRequests.contains(r));
		}
		return this;
	}

	/** k-th unit (k = 0, 1, …) of extra load costs step × (load + k); used in order since costs rise. */
	private void loadUnits(List<Literal> uses, int units, long step, int load, LinearExprBuilder costs) {
		if (step == 0) {
			return;
		}
		BoolVar[] unit = new BoolVar[units];
		long[] ones = new long[units];
		for (int k = 0; k < units; k++) {
			unit[k] = model.newBoolVar("");
			ones[k] = 1;
			costs.addTerm(unit[k], step * (load + k));
			if (k > 0) {
				model.addImplication(unit[k], unit[k - 1]);
			}
		}
		model.addEquality(LinearExpr.weightedSum(unit, ones), LinearExpr.sum(uses.toArray(Literal[]::new)));
	}

	/** True when any of these options is chosen. */
	private BoolVar direction(List<Literal> options) {
		BoolVar used = model.newBoolVar("");
		for (Literal option : options) {
			model.addImplication(option, used);
		}
		return used;
	}

	private static long pair(int reviewerCity, int reviewedCity) {
		return ((long) reviewerCity << 32) | (reviewedCity & 0xffffffffL);
	}

}
