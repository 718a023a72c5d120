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

	/**
	 * Equal-cost alternatives can make new reciprocal pairs appear after each targeted split; after this many
	 * rounds every pair of requesting cities gets one allowed direction, which ends the loop for certain.
	 */
	private static final int MAX_TARGETED_SPLITS = 2;

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
			if (!hasReciprocalPair(run, solved.solution(), active)) {
				break;
			}
			proven = false;
			if (++splits <= MAX_TARGETED_SPLITS) {
				splitReciprocalPairs(run, solved, active, eligibility, flow, split);
				run.report("split", active.size(), 0, solved.solution().cost(), 0);
			}
			else {
				orientAll(run, active, eligibility, flow, split);
				run.report("orient", active.size(), 0, solved.solution().cost(), 0);
			}
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
		// splitting reciprocal pairs only removes options: reaching the unsplit optimum proves optimality
		boolean boundReached = finalProven && !dropped && !assignments.isEmpty() && cost == lowerBound;
		return new RoutingResult(proven || boundReached ? Outcome.OPTIMAL : Outcome.NOT_PROVEN_OPTIMAL, assignments,
				unrouted, cost, run.progress);
	}

	/**
	 * If cities A and B would review each other within this run, forbids (for every request of the city with
	 * the greater id) the reviewers of the other city, all pairs at once, and asks for another round; the
	 * flow keeps its window, so the next round starts close to the last optimum.
	 */
	private void splitReciprocalPairs(Run run, PricedFlow.Result solved, List<Integer> active,
			Eligibility eligibility, PricedFlow flow, Set<Integer> splitRequests) {
		Map<String, Set<String>> reviews = new HashMap<>();
		for (Arc arc : solved.solution().chosen()) {
			String requester = run.requests.get(active.get(arc.request())).cityId();
			reviews.computeIfAbsent(run.candidates.get(arc.candidate()).cityId(), k -> new HashSet<>()).add(requester);
		}
		for (int i = 0; i < active.size(); i++) {
			int r = active.get(i);
			String city = run.requests.get(r).cityId();
			for (String other : reviews.getOrDefault(city, Set.of())) {
				if (city.compareTo(other) > 0 && reviews.getOrDefault(other, Set.of()).contains(city)) {
					int dropped = flow.ban(i, candidate -> run.candidates.get(candidate).cityId().equals(other));
					eligibility.removed.get(r).merge("reciprocal-review", dropped, Integer::sum);
					splitRequests.add(r);
				}
			}
		}
	}

	/**
	 * Gives every pair of cities that both have requests in this run one direction only (chosen by a hash of
	 * the pair, so it is stable and even-handed): the other city's reviewers are removed from their requests.
	 */
	private static void orientAll(Run run, List<Integer> active, Eligibility eligibility, PricedFlow flow,
			Set<Integer> splitRequests) {
		Set<String> requesting = new HashSet<>();
		active.forEach(r -> requesting.add(run.requests.get(r).cityId()));
		for (int i = 0; i < active.size(); i++) {
			int r = active.get(i);
			String city = run.requests.get(r).cityId();
			int dropped = flow.ban(i, candidate -> {
				String reviewer = run.candidates.get(candidate).cityId();
				return requesting.contains(reviewer) && !mayReview(reviewer, city);
			});
			if (dropped > 0) {
				eligibility.removed.get(r).merge("reciprocal-review", dropped, Integer::sum);
				splitRequests.add(r);
			}
		}
	}

	/** For two requesting cities, exactly one of mayReview(a, b) and mayReview(b, a) holds. */
	static boolean mayReview(String reviewerCity, String reviewedCity) {
		boolean ordered = reviewerCity.compareTo(reviewedCity) < 0;
		String low = ordered ? reviewerCity : reviewedCity;
		String high = ordered ? reviewedCity : reviewerCity;
		boolean lowReviewsHigh = ((low + '\u0000' + high).hashCode() & 1) == 0;
		return ordered == lowReviewsHigh;
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
