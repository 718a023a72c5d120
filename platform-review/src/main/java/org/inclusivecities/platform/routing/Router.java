package org.inclusivecities.platform.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.inclusivecities.platform.routing.FlowInstance.Arc;
import org.inclusivecities.platform.routing.RoutingResult.Outcome;
import org.inclusivecities.platform.routing.Unrouted.Reason;

/**
 * Routes open requests to reviewers: hard rules first (with diagnostics), then a minimum-cost flow
 * ({@link PricedFlow}) over what is left. Requests the flow cannot fully staff are reported and the rest are
 * solved again without them; pairs of cities that would review each other within this run are split and
 * solved again. The time budget is checked between solver rounds and every step is reported as progress.
 */
public final class Router {

	private final RoutingSettings settings;

	private final HardRules rules;

	public Router(RoutingSettings settings, HardRules rules) {
		this.settings = settings;
		this.rules = rules;
	}

	public RoutingResult route(List<RoutingRequest> requests, List<Candidate> candidates, RoutingContext context,
			Consumer<RoutingProgress> listener) {
		Run run = new Run(settings, requests, candidates, context, listener);
		Eligibility eligibility = new Eligibility(requests, candidates, context, rules,
				new PreferenceCosts(settings.weights()));
		run.report("eligibility", requests.size(), 0, 0, 0);
		List<Unrouted> unrouted = new ArrayList<>();
		List<Integer> active = new ArrayList<>();
		for (int r = 0; r < requests.size(); r++) {
			if (eligibility.options.get(r).size < settings.reviewersPerRequest()
					|| eligibility.eligibleCities[r] < settings.minimumCities()) {
				unrouted.add(unrouted(requests.get(r), Reason.TOO_FEW_ELIGIBLE, eligibility, r));
			}
			else {
				active.add(r);
			}
		}
		Set<Integer> split = new HashSet<>();
		boolean proven = true;
		PricedFlow.Result solved = null;
		PricedFlow flow = null;
		while (!active.isEmpty()) {
			if (flow == null) {
				flow = new PricedFlow(run, eligibility.options, active);
			}
			solved = flow.solve();
			proven &= solved.proven();
			if (solved.timedOut()) {
				break;
			}
			List<Integer> short_ = new ArrayList<>();
			for (int i = 0; i < active.size(); i++) {
				if (solved.solution().filled()[i] < settings.reviewersPerRequest()) {
					short_.add(active.get(i));
				}
			}
			if (!short_.isEmpty()) {
				proven = false;
				short_.forEach(r -> unrouted.add(unrouted(requests.get(r),
						split.contains(r) ? Reason.RECIPROCAL_IN_RUN : Reason.CAPACITY_TAKEN, eligibility, r)));
				active.removeAll(short_);
				flow = null;
				continue;
			}
			if (!splitReciprocalPairs(run, solved, active, eligibility, flow, split)) {
				break;
			}
			proven = false;
			run.report("split", active.size(), 0, solved.solution().cost(), 0);
		}
		if (solved != null && solved.timedOut()) {
			FlowSolution last = solved.solution();
			if (last != null && last.unfilledSeats() == 0 && !hasReciprocalPair(run, last, active)) {
				// the last completed round staffed everyone validly: keep it, just not proven cheapest
				return new RoutingResult(Outcome.TIMED_OUT, new Explanations(run, rules).explain(last, active),
						unrouted, last.cost(), run.progress);
			}
			active.forEach(r -> unrouted.add(unrouted(requests.get(r), Reason.TIMED_OUT, eligibility, r)));
			return new RoutingResult(Outcome.TIMED_OUT, List.of(), unrouted, 0, run.progress);
		}
		List<Assignment> assignments = new ArrayList<>();
		long cost = 0;
		if (solved != null && !active.isEmpty()) {
			assignments = new Explanations(run, rules).explain(solved.solution(), active);
			cost = solved.solution().cost();
		}
		return new RoutingResult(proven ? Outcome.OPTIMAL : Outcome.NOT_PROVEN_OPTIMAL, assignments, unrouted, cost,
				run.progress);
	}

	/**
	 * If cities A and B would review each other within this run, forbids (for every request of the city with
	 * the greater id) the reviewers of the other city, all pairs at once, and asks for another round; the
	 * flow keeps its window, so the next round starts close to the last optimum. Returns whether anything was
	 * split.
	 */
	private boolean splitReciprocalPairs(Run run, PricedFlow.Result solved, List<Integer> active,
			Eligibility eligibility, PricedFlow flow, Set<Integer> splitRequests) {
		Map<String, Set<String>> reviews = new HashMap<>();
		for (Arc arc : solved.solution().chosen()) {
			String requester = run.requests.get(active.get(arc.request())).cityId();
			reviews.computeIfAbsent(run.candidates.get(arc.candidate()).cityId(), k -> new HashSet<>()).add(requester);
		}
		boolean split = false;
		for (int i = 0; i < active.size(); i++) {
			int r = active.get(i);
			String city = run.requests.get(r).cityId();
			for (String other : reviews.getOrDefault(city, Set.of())) {
				if (city.compareTo(other) > 0 && reviews.getOrDefault(other, Set.of()).contains(city)) {
					int dropped = flow.ban(i, candidate -> run.candidates.get(candidate).cityId().equals(other));
					eligibility.removed.get(r).merge("reciprocal-review", dropped, Integer::sum);
					split = true;
					splitRequests.add(r);
				}
			}
		}
		return split;
	}

	private static boolean hasReciprocalPair(Run run, FlowSolution solution, List<Integer> active) {
		Set<CityPair> pairs = new HashSet<>();
		for (Arc arc : solution.chosen()) {
			pairs.add(new CityPair(run.candidates.get(arc.candidate()).cityId(),
					run.requests.get(active.get(arc.request())).cityId()));
		}
		return pairs.stream().anyMatch(pair -> pairs.contains(pair.reversed()));
	}

	private static Unrouted unrouted(RoutingRequest request, Reason reason, Eligibility eligibility, int r) {
		return new Unrouted(request.requestId(), reason, new LinkedHashMap<>(eligibility.removed.get(r)),
				eligibility.options.get(r).size, eligibility.eligibleCities[r]);
	}

}
