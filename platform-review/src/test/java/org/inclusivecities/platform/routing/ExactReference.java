package org.inclusivecities.platform.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The routing objective by brute force, written apart from the router: every hard rule checked pair by pair,
 * every way to give each request either a full panel (N distinct reviewers, at most the per-city cap from one
 * city) or none, within every reviewer's spare capacity, no city over its seats per cycle (those taken up before
 * the run included) and with no two cities reviewing each other; the best
 * is the most staffed requests, then the most priority points (n - rank, rank by renewal deadline, then
 * submission, then id), then, with fair panels, the least worst panel (its preference costs), then the least
 * cost (preference costs plus rising load costs, plus the reviewer's wish and the penalty for every review a
 * reviewer ends short of their minimum load, both worked out here, not by the router's classes). Exponential: a few
 * requests and reviewers only.
 */
final class ExactReference {

	/**
	 * The best assignment, as the reviewers (candidate indices) of each request (null when unstaffed); {@code worst}
	 * the highest panel's sum of preference costs, which decides before the cost when {@code fair}.
	 */
	record Optimum(int[][] panels, int staffed, long points, long worst, long cost, boolean fair) {

		boolean staffed(int request) {
			return panels[request] != null;
		}

		/** Compares by staffed requests, then points (higher first), then (fair) worst panel, then cost (lower first). */
		boolean better(Optimum other) {
			if (other == null) {
				return true;
			}
			if (staffed != other.staffed) {
				return staffed > other.staffed;
			}
			if (points != other.points) {
				return points > other.points;
			}
			if (fair && worst != other.worst) {
				return worst < other.worst;
			}
			return cost < other.cost;
		}

	}

	private final List<RoutingRequest> requests;

	private final List<Candidate> candidates;

	private final RoutingContext context;

	private final RoutingSettings settings;

	private final List<List<int[]>> panels = new ArrayList<>();

	private final long[][] pairCost;

	private final int[] points;

	private Optimum best;

	ExactReference(List<RoutingRequest> requests, List<Candidate> candidates, RoutingContext context,
			RoutingSettings settings) {
		this.requests = requests;
		this.candidates = candidates;
		this.context = context;
		this.settings = settings;
		CostWeights w = settings.weights();
		// language, expertise and reuse from the router's costs; the wish term is added below, worked out here
		PreferenceCosts costs = new PreferenceCosts(new CostWeights(w.languageMismatch(), w.noExpertise(),
				w.reviewerReused(), w.reviewerLoadStep(), w.cityLoadStep(), 0, 0, w.belowMinimum()));
		RoutingContext withoutWishes = context.withWishes(java.util.Map.of());
		pairCost = new long[requests.size()][candidates.size()];
		for (int r = 0; r < requests.size(); r++) {
			List<Integer> eligible = new ArrayList<>();
			for (int c = 0; c < candidates.size(); c++) {
				if (HardRules.standard().firstViolation(requests.get(r), candidates.get(c), context).isEmpty()) {
					eligible.add(c);
					pairCost[r][c] = costs.cost(requests.get(r), candidates.get(c), withoutWishes)
							+ wishCost(context.wish(candidates.get(c).reviewerId(), requests.get(r).requestId()));
				}
			}
			List<int[]> own = new ArrayList<>();
			combinations(eligible, 0, new ArrayList<>(), own);
			panels.add(own);
		}
		Comparator<RoutingRequest> order = Comparator
			.comparing(RoutingRequest::renewalDeadline, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
			.thenComparing(RoutingRequest::submittedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
			.thenComparing(RoutingRequest::requestId);
		int[] sorted = IntStream.range(0, requests.size())
			.boxed()
			.sorted(Comparator.comparing(requests::get, order))
			.mapToInt(Integer::intValue)
			.toArray();
		points = new int[requests.size()];
		for (int rank = 0; rank < sorted.length; rank++) {
			points[sorted[rank]] = requests.size() - rank;
		}
	}

	private long wishCost(Wish wish) {
		if (wish == Wish.WANT) {
			return 0;
		}
		return wish == Wish.RATHER_NOT ? settings.weights().wishRatherNot() : settings.weights().wishWilling();
	}

	/** The best assignment; with {@code forced} >= 0, the best one that staffs that request (null if none). */
	Optimum solve(int forced) {
		best = null;
		search(0, new int[requests.size()][], new int[candidates.size()], forced);
		return best;
	}

	int panelCount(int request) {
		return panels.get(request).size();
	}

	private void combinations(List<Integer> eligible, int from, List<Integer> chosen, List<int[]> out) {
		if (chosen.size() == settings.reviewersPerRequest()) {
			out.add(chosen.stream().mapToInt(Integer::intValue).toArray());
			return;
		}
		for (int i = from; i < eligible.size(); i++) {
			int c = eligible.get(i);
			String city = candidates.get(c).cityId();
			long sameCity = chosen.stream().filter(o -> candidates.get(o).cityId().equals(city)).count();
			if (sameCity < settings.maxReviewersPerCity()) {
				chosen.add(c);
				combinations(eligible, i + 1, chosen, out);
				chosen.removeLast();
			}
		}
	}

	private void search(int r, int[][] chosen, int[] used, int forced) {
		if (r == requests.size()) {
			evaluate(chosen);
			return;
		}
		if (r != forced) {
			search(r + 1, chosen, used, forced);
		}
		for (int[] panel : panels.get(r)) {
			boolean fits = true;
			for (int c : panel) {
				fits &= used[c] < candidates.get(c).remainingCapacity();
			}
			if (fits) {
				for (int c : panel) {
					used[c]++;
				}
				chosen[r] = panel;
				search(r + 1, chosen, used, forced);
				chosen[r] = null;
				for (int c : panel) {
					used[c]--;
				}
			}
		}
	}

	private void evaluate(int[][] chosen) {
		Set<CityPair> reviews = new HashSet<>();
		int staffed = 0;
		long total = 0;
		long cost = 0;
		long worst = 0;
		int[] perCandidate = new int[candidates.size()];
		java.util.Map<String, Integer> perCity = new java.util.HashMap<>();
		for (int r = 0; r < chosen.length; r++) {
			if (chosen[r] == null) {
				continue;
			}
			staffed++;
			total += points[r];
			long panel = 0;
			for (int c : chosen[r]) {
				panel += pairCost[r][c];
				Candidate candidate = candidates.get(c);
				reviews.add(new CityPair(candidate.cityId(), requests.get(r).cityId()));
				cost += pairCost[r][c];
				cost += (long) settings.weights().reviewerLoadStep() * (candidate.activeReviews() + perCandidate[c]++);
				int before = perCity.merge(candidate.cityId(), 1, Integer::sum) - 1;
				cost += (long) settings.weights().cityLoadStep() * (context.cityLoad(candidate.cityId()) + before);
			}
			worst = Math.max(worst, panel);
		}
		for (int c = 0; c < candidates.size(); c++) {
			Candidate candidate = candidates.get(c);
			long shortBy = Math.max(0, candidate.minimumReviews() - candidate.activeReviews() - perCandidate[c]);
			cost += settings.weights().belowMinimum() * shortBy;
		}
		if (reviews.stream().anyMatch(pair -> reviews.contains(pair.reversed()))) {
			return;
		}
		for (java.util.Map.Entry<String, Integer> city : perCity.entrySet()) {
			if (context.citySeatsThisCycle(city.getKey()) + city.getValue() > settings.citySeatsPerCycle()) {
				return;
			}
		}
		Optimum found = new Optimum(chosen.clone(), staffed, total, worst, cost, settings.fairPanels());
		if (found.better(best)) {
			best = found;
		}
	}

}
