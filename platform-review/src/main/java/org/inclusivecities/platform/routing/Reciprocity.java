package org.inclusivecities.platform.routing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.routing.FlowInstance.Arc;

/**
 * The in-run part of the reciprocity rule: two cities must not review each other within one routing run. The
 * flow cannot express "not both directions", so {@link Router} solves without it, and when the optimum has
 * such a pair it removes options here and solves again: first only the pairs found ({@link #split}), then, if
 * equal-cost alternatives keep making new pairs, one direction for every pair of requesting cities
 * ({@link #orient}), which ends the loop for certain. Removed options are credited to the reciprocal-review
 * rule in the diagnostics.
 */
final class Reciprocity {

	private final Run run;

	private final List<Integer> active;

	private final Eligibility eligibility;

	private final Set<Integer> splitRequests;

	Reciprocity(Run run, List<Integer> active, Eligibility eligibility, Set<Integer> splitRequests) {
		this.run = run;
		this.active = active;
		this.eligibility = eligibility;
		this.splitRequests = splitRequests;
	}

	boolean hasPair(FlowSolution solution) {
		Map<CityPair, Integer> seats = seats(solution);
		return seats.keySet().stream().anyMatch(pair -> seats.containsKey(pair.reversed()));
	}

	/**
	 * For each pair of cities that would review each other, forbids (for every request of the city with the
	 * greater id) the reviewers of the other city, all pairs at once; the flow keeps its window.
	 */
	void split(FlowSolution solution, PricedFlow flow) {
		Map<CityPair, Integer> seats = seats(solution);
		for (int i = 0; i < active.size(); i++) {
			String city = run.requests.get(active.get(i)).cityId();
			Set<String> banned = new HashSet<>();
			seats.keySet().forEach(pair -> {
				if (pair.to().equals(city) && city.compareTo(pair.from()) > 0 && seats.containsKey(pair.reversed())) {
					banned.add(pair.from());
				}
			});
			if (!banned.isEmpty()) {
				ban(i, flow, banned);
			}
		}
	}

	/**
	 * Gives every pair of cities that both have requests in this run one direction only: the direction the
	 * last solution used more (so most of it stays valid and the next round starts close to it), otherwise
	 * one chosen by a hash of the pair ({@link #mayReview}), so it is stable and even-handed.
	 */
	void orient(FlowSolution solution, PricedFlow flow) {
		Map<CityPair, Integer> seats = seats(solution);
		Set<String> requesting = new HashSet<>();
		active.forEach(r -> requesting.add(run.requests.get(r).cityId()));
		Map<String, Set<String>> forbidden = new HashMap<>();
		for (String city : requesting) {
			Set<String> reviewers = new HashSet<>();
			for (String other : requesting) {
				if (!other.equals(city) && !allowed(seats, other, city)) {
					reviewers.add(other);
				}
			}
			forbidden.put(city, reviewers);
		}
		for (int i = 0; i < active.size(); i++) {
			Set<String> banned = forbidden.get(run.requests.get(active.get(i)).cityId());
			if (!banned.isEmpty()) {
				ban(i, flow, banned);
			}
		}
	}

	private static boolean allowed(Map<CityPair, Integer> seats, String reviewerCity, String reviewedCity) {
		int forward = seats.getOrDefault(new CityPair(reviewerCity, reviewedCity), 0);
		int backward = seats.getOrDefault(new CityPair(reviewedCity, reviewerCity), 0);
		return forward != backward ? forward > backward : mayReview(reviewerCity, reviewedCity);
	}

	/** For two requesting cities, exactly one of mayReview(a, b) and mayReview(b, a) holds. */
	static boolean mayReview(String reviewerCity, String reviewedCity) {
		boolean ordered = reviewerCity.compareTo(reviewedCity) < 0;
		String low = ordered ? reviewerCity : reviewedCity;
		String high = ordered ? reviewedCity : reviewerCity;
		boolean lowReviewsHigh = ((low + '\u0000' + high).hashCode() & 1) == 0;
		return ordered == lowReviewsHigh;
	}

	private void ban(int request, PricedFlow flow, Set<String> reviewerCities) {
		boolean[] banned = new boolean[run.cityLoad.length];
		reviewerCities.forEach(city -> {
			Integer index = run.cityIndex.get(city);
			if (index != null) {
				banned[index] = true;
			}
		});
		int dropped = flow.ban(request, candidate -> banned[run.candidateCity[candidate]]);
		if (dropped > 0) {
			int r = active.get(request);
			eligibility.removed.get(r).merge("reciprocal-review", dropped, Integer::sum);
			splitRequests.add(r);
		}
	}

	/** Seats per (reviewer's city → reviewed city) in a solution. */
	private Map<CityPair, Integer> seats(FlowSolution solution) {
		Map<CityPair, Integer> seats = new HashMap<>();
		for (Arc arc : solution.chosen()) {
			seats.merge(new CityPair(run.candidates.get(arc.candidate()).cityId(),
					run.requests.get(active.get(arc.request())).cityId()), 1, Integer::sum);
		}
		return seats;
	}

}
