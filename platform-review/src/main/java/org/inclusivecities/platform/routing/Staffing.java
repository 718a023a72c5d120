package org.inclusivecities.platform.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.inclusivecities.platform.routing.Eligibility.Options;
import org.inclusivecities.platform.routing.FlowInstance.Arc;

/**
 * The requests a run tries to staff (those with enough eligible reviewers), numbered 0…n-1 as in the flow and
 * the exact model, with their options, priority and cities; judges and repairs assignments.
 */
final class Staffing {

	final Run run;

	final List<Integer> active;

	final List<Options> options = new ArrayList<>();

	final FlowInstance instance;

	final Priority priority;

	/** Each request's city as a reviewer-city index ({@link Run#cityIndex}), -1 when no reviewer is from it. */
	final int[] requestCity;

	Staffing(Run run, List<Integer> active, List<Options> byRequest) {
		this.run = run;
		this.active = active;
		requestCity = new int[active.size()];
		for (int i = 0; i < active.size(); i++) {
			RoutingRequest request = run.requests.get(active.get(i));
			options.add(byRequest.get(active.get(i)));
			requestCity[i] = run.cityIndex.getOrDefault(request.cityId(), -1);
		}
		instance = run.instance(active.size());
		priority = new Priority(run.requests, active);
	}

	int size() {
		return active.size();
	}

	RoutingRequest request(int i) {
		return run.requests.get(active.get(i));
	}

	long totalOptions() {
		long total = 0;
		for (Options own : options) {
			total += own.size;
		}
		return total;
	}

	List<Arc> arcs(int i) {
		Options own = options.get(i);
		List<Arc> arcs = new ArrayList<>(own.size);
		for (int j = 0; j < own.size; j++) {
			arcs.add(new Arc(i, own.candidate[j], own.cost[j]));
		}
		return arcs;
	}

	ExactModel model(List<Arc> arcs) {
		long[] weights = new long[size()];
		for (int i = 0; i < size(); i++) {
			weights[i] = priority.weight(i);
		}
		return new ExactModel(instance, arcs, requestCity, weights, run.settings.fairPanels());
	}

	boolean fair() {
		return run.settings.fairPanels();
	}

	/** The largest staffing value there is: every request staffed. */
	long everyone() {
		boolean[] all = new boolean[size()];
		java.util.Arrays.fill(all, true);
		return priority.value(all);
	}

	boolean[] staffed(List<Arc> chosen) {
		int[] filled = new int[size()];
		chosen.forEach(arc -> filled[arc.request()]++);
		boolean[] staffed = new boolean[size()];
		for (int i = 0; i < size(); i++) {
			staffed[i] = filled[i] == instance.demand();
		}
		return staffed;
	}

	/**
	 * A valid assignment from a flow solution (which knows neither "all seats or none" nor reciprocity within
	 * the run): requests left short are dropped, then, while two cities would review each other, the request
	 * that comes last ({@link Priority}) among those such a pair reviews is dropped.
	 */
	List<Arc> repaired(List<Arc> chosen) {
		boolean[] staffed = staffed(chosen);
		while (true) {
			Map<Long, List<Integer>> reviewedBy = new HashMap<>();
			for (Arc arc : chosen) {
				if (staffed[arc.request()] && requestCity[arc.request()] >= 0) {
					reviewedBy.computeIfAbsent(pair(run.candidateCity[arc.candidate()], requestCity[arc.request()]),
							k -> new ArrayList<>()).add(arc.request());
				}
			}
			int last = -1;
			for (Map.Entry<Long, List<Integer>> entry : reviewedBy.entrySet()) {
				long key = entry.getKey();
				if (reviewedBy.containsKey(pair((int) key, (int) (key >> 32)))) {
					for (int request : entry.getValue()) {
						if (last < 0 || priority.rank(request) > priority.rank(last)) {
							last = request;
						}
					}
				}
			}
			if (last < 0) {
				break;
			}
			staffed[last] = false;
		}
		List<Arc> kept = new ArrayList<>();
		chosen.forEach(arc -> {
			if (staffed[arc.request()]) {
				kept.add(arc);
			}
		});
		return kept;
	}

	/**
	 * Staffs, greedily and in priority order, the requests a valid assignment leaves out where it can without
	 * breaking a rule: each takes its cheapest reviewers (preference cost plus the next unit of load) with
	 * spare capacity, within the per-city caps (per request and per cycle), from cities it does not review in this run. A complete, valid
	 * starting point for the exact model, which then only has to improve it.
	 */
	List<Arc> completed(List<Arc> valid) {
		List<Arc> chosen = new ArrayList<>(valid);
		int[] used = new int[instance.candidates()];
		int[] cityUsed = new int[instance.cities()];
		Map<Long, Integer> directions = new HashMap<>();
		boolean[] staffed = staffed(valid);
		for (Arc arc : valid) {
			used[arc.candidate()]++;
			cityUsed[instance.candidateCity()[arc.candidate()]]++;
			if (requestCity[arc.request()] >= 0) {
				directions.merge(pair(instance.candidateCity()[arc.candidate()], requestCity[arc.request()]), 1,
						Integer::sum);
			}
		}
		for (int i : unstaffed(staffed)) {
			List<Arc> panel = panel(i, used, cityUsed, directions);
			if (panel != null) {
				for (Arc arc : panel) {
					used[arc.candidate()]++;
					cityUsed[instance.candidateCity()[arc.candidate()]]++;
					if (requestCity[i] >= 0) {
						directions.merge(pair(instance.candidateCity()[arc.candidate()], requestCity[i]), 1,
								Integer::sum);
					}
				}
				chosen.addAll(panel);
			}
		}
		return chosen;
	}

	private List<Arc> panel(int i, int[] used, int[] cityUsed, Map<Long, Integer> directions) {
		Options own = options.get(i);
		Integer[] order = new Integer[own.size];
		long[] price = new long[own.size];
		for (int j = 0; j < own.size; j++) {
			int c = own.candidate[j];
			int city = instance.candidateCity()[c];
			order[j] = j;
			price[j] = own.cost[j] + instance.seatCost(c, used[c])
					+ instance.cityStep() * (instance.cityLoad()[city] + cityUsed[city]);
		}
		java.util.Arrays.sort(order, java.util.Comparator.comparingLong(j -> price[j]));
		Map<Integer, Integer> perCity = new HashMap<>();
		List<Arc> panel = new ArrayList<>();
		for (int j : order) {
			int c = own.candidate[j];
			int city = instance.candidateCity()[c];
			boolean reciprocal = requestCity[i] >= 0 && directions.containsKey(pair(requestCity[i], city));
			int cityInPanel = perCity.getOrDefault(city, 0);
			if (used[c] < instance.remaining()[c] && cityInPanel < instance.maxPerCity()
					&& cityUsed[city] + cityInPanel < instance.citySeatsLeft()[city] && !reciprocal) {
				perCity.merge(city, 1, Integer::sum);
				panel.add(new Arc(i, c, own.cost[j]));
				if (panel.size() == instance.demand()) {
					return panel;
				}
			}
		}
		return null;
	}

	/** Ids of the requests staffed in one and not the other, in priority order. */
	List<String> staffedOnlyIn(boolean[] these, boolean[] notThese) {
		List<Integer> only = new ArrayList<>();
		for (int i = 0; i < size(); i++) {
			if (these[i] && !notThese[i]) {
				only.add(i);
			}
		}
		only.sort(java.util.Comparator.comparingInt(priority::rank));
		return only.stream().map(i -> request(i).requestId()).toList();
	}

	List<Integer> unstaffed(boolean[] staffed) {
		List<Integer> out = new ArrayList<>();
		for (int i = 0; i < size(); i++) {
			if (!staffed[i]) {
				out.add(i);
			}
		}
		return out;
	}

	private static long pair(int reviewerCity, int reviewedCity) {
		return ((long) reviewerCity << 32) | (reviewedCity & 0xffffffffL);
	}

}
