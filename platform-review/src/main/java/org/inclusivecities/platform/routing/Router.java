package org.inclusivecities.platform.routing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.inclusivecities.platform.routing.RoutingResult.Outcome;
import org.inclusivecities.platform.routing.Unrouted.Reason;

/**
 * Routes open requests to reviewers: hard rules first (with diagnostics), then a minimum-cost flow
 * ({@link PricedFlow}) over what is left. Requests the flow cannot fully staff are reported and the rest are
 * solved again without them; pairs of cities that would review each other within this run are split and
 * solved again. The time budget is checked between solver rounds and every step is reported as progress.
 */
public final class Router {

	/**
	 * Equal-cost alternatives can make new reciprocal pairs appear after each targeted split; after this many
	 * rounds every pair of requesting cities gets one allowed direction, which ends the loop for certain.
	 */
	private static final int MAX_TARGETED_SPLITS = 1;

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
		int splits = 0;
		long lowerBound = -1;
		boolean finalProven = false;
		boolean dropped = false;
		Reciprocity reciprocity = new Reciprocity(run, active, eligibility, split);
		while (!active.isEmpty()) {
			if (flow == null) {
				flow = new PricedFlow(run, eligibility.options, active);
			}
			solved = flow.solve();
			proven &= solved.proven();
			if (solved.timedOut()) {
				break;
			}
			if (solved.proven() && lowerBound < 0) {
				// optimum over every eligible option for these requests: no split or orientation can beat it
				lowerBound = solved.solution().cost();
			}
			finalProven = solved.proven();
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
				lowerBound = -1;
				dropped = true;
				continue;
			}
			if (!reciprocity.hasPair(solved.solution())) {
				break;
			}
			proven = false;
			if (++splits <= MAX_TARGETED_SPLITS) {
				reciprocity.split(solved.solution(), flow);
				run.report("split", active.size(), 0, solved.solution().cost(), 0);
			}
			else {
				reciprocity.orient(solved.solution(), flow);
				run.report("orient", active.size(), 0, solved.solution().cost(), 0);
			}
		}
		if (solved != null && solved.timedOut()) {
			FlowSolution last = solved.solution();
			if (last != null && last.unfilledSeats() == 0 && !reciprocity.hasPair(last)) {
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
		// splitting reciprocal pairs only removes options: reaching the unsplit optimum proves optimality
		boolean boundReached = finalProven && !dropped && !assignments.isEmpty() && cost == lowerBound;
		return new RoutingResult(proven || boundReached ? Outcome.OPTIMAL : Outcome.NOT_PROVEN_OPTIMAL, assignments,
				unrouted, cost, run.progress);
	}

	private static Unrouted unrouted(RoutingRequest request, Reason reason, Eligibility eligibility, int r) {
		return new Unrouted(request.requestId(), reason, new LinkedHashMap<>(eligibility.removed.get(r)),
				eligibility.options.get(r).size, eligibility.eligibleCities[r]);
	}

}
