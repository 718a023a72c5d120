package org.inclusivecities.platform.routing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Network facts the rules and costs need besides requests and candidates: declared ties (symmetric), who
 * reviews whom in the current or previous cycle, which reviewer already reviewed which city, and how many
 * reviews each city's reviewers already carry; and the reviewers' wishes per request ({@link #withWishes}).
 */
public final class RoutingContext {

	private final Map<String, Set<String>> tied = new HashMap<>();

	private final Map<String, Set<String>> reviewing = new HashMap<>();

	private final Map<String, Set<String>> pastPairs = new HashMap<>();

	private final Map<String, Integer> cityLoad;

	private final Map<String, Integer> citySeatsThisCycle;

	/** Reviewer id → request id → wish; a pair not in it is {@link Wish#WILLING}. */
	private Map<String, Map<String, Wish>> wishes = Map.of();

	/** Without seats taken up earlier in the cycle. */
	public RoutingContext(Set<CityPair> ties, Set<CityPair> recentReviews, Set<ReviewerCity> pastReviews,
			Map<String, Integer> cityLoad) {
		this(ties, recentReviews, pastReviews, cityLoad, Map.of());
	}

	public RoutingContext(Set<CityPair> ties, Set<CityPair> recentReviews, Set<ReviewerCity> pastReviews,
			Map<String, Integer> cityLoad, Map<String, Integer> citySeatsThisCycle) {
		this.citySeatsThisCycle = Map.copyOf(citySeatsThisCycle);
		for (CityPair tie : ties) {
			tied.computeIfAbsent(tie.from(), k -> new HashSet<>()).add(tie.to());
			tied.computeIfAbsent(tie.to(), k -> new HashSet<>()).add(tie.from());
		}
		for (CityPair review : recentReviews) {
			reviewing.computeIfAbsent(review.from(), k -> new HashSet<>()).add(review.to());
		}
		for (ReviewerCity pair : pastReviews) {
			pastPairs.computeIfAbsent(pair.reviewerId(), k -> new HashSet<>()).add(pair.cityId());
		}
		this.cityLoad = Map.copyOf(cityLoad);
	}

	/** The same facts with these wishes (reviewer id → request id → wish) instead of none. */
	public RoutingContext withWishes(Map<String, Map<String, Wish>> wishes) {
		RoutingContext copy = new RoutingContext(Set.of(), Set.of(), Set.of(), cityLoad, citySeatsThisCycle);
		copy.tied.putAll(tied);
		copy.reviewing.putAll(reviewing);
		copy.pastPairs.putAll(pastPairs);
		Map<String, Map<String, Wish>> held = new HashMap<>();
		wishes.forEach((reviewer, perRequest) -> {
			if (!perRequest.isEmpty()) {
				held.put(reviewer, Map.copyOf(perRequest));
			}
		});
		copy.wishes = Map.copyOf(held);
		return copy;
	}

	/** What this reviewer said about this request; willing when they said nothing. */
	public Wish wish(String reviewerId, String requestId) {
		Map<String, Wish> said = wishes.get(reviewerId);
		return said == null ? Wish.WILLING : said.getOrDefault(requestId, Wish.WILLING);
	}

	/** Whether this reviewer stated any wish (most have not, which saves a look-up per pair). */
	boolean wishedAny(String reviewerId) {
		return wishes.containsKey(reviewerId);
	}

	public static RoutingContext empty() {
		return new RoutingContext(Set.of(), Set.of(), Set.of(), Map.of());
	}

	boolean tied(String cityA, String cityB) {
		return tied.getOrDefault(cityA, Set.of()).contains(cityB);
	}

	/** Whether reviewers of {@code reviewerCity} review {@code reviewedCity} in the current or previous cycle. */
	boolean reviews(String reviewerCity, String reviewedCity) {
		return reviewing.getOrDefault(reviewerCity, Set.of()).contains(reviewedCity);
	}

	boolean reviewedBefore(String reviewerId, String cityId) {
		Set<String> cities = pastPairs.get(reviewerId);
		return cities != null && cities.contains(cityId);
	}

	/** Whether this reviewer reviewed any city before (most have not, which saves a look-up per pair). */
	boolean reviewedAny(String reviewerId) {
		return pastPairs.containsKey(reviewerId);
	}

	int cityLoad(String cityId) {
		return cityLoad.getOrDefault(cityId, 0);
	}

	/** Seats the city's reviewers took up in the current cycle before this run. */
	public int citySeatsThisCycle(String cityId) {
		return citySeatsThisCycle.getOrDefault(cityId, 0);
	}

	/** A reviewer who reviewed a city before. */
	public record ReviewerCity(String reviewerId, String cityId) {
	}

}
