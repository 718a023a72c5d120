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
		return new ExactModel(instance, arcs, requestCity, weights);
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
