package org.inclusivecities.platform.request;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.routing.Candidate;
import org.inclusivecities.platform.routing.CityPair;
import org.inclusivecities.platform.routing.HardRule;
import org.inclusivecities.platform.routing.HardRules;
import org.inclusivecities.platform.routing.RoutingContext;
import org.inclusivecities.platform.routing.RoutingRequest;

/**
 * The whole review network at one moment, as the hard rules see it: every request of the current and previous
 * cycle (so every proposed, invited, accepted and submitted seat of every open request), every reviewer's
 * memberships, declared conflicts, unavailability and cap, and every declared tie. {@link #violations()} is
 * the one predicate every transition and every change elsewhere is judged by: the routing's
 * {@link HardRules} applied to each live seat against everything else, plus the two rules that concern the
 * seats of one request together (one seat per reviewer, at most so many reviewers from one city), plus the
 * rule of the whole cycle, {@link CycleCap}: a city's reviewers take up at most so many seats in one cycle.
 * Immutable; {@link #with} gives the network as it would be after a request changed.
 */
final class Network {

	/** Seats that are someone's work on an open request. */
	static final Set<SeatStatus> LIVE = EnumSet.of(SeatStatus.PROPOSED, SeatStatus.INVITED, SeatStatus.ACCEPTED,
			SeatStatus.SUBMITTED);

	private final Map<String, AccreditationRequest> requests;

	private final Map<String, Reviewer> reviewers;

	private final Set<CityPair> ties;

	private final int maxReviewersPerCity;

	private final CycleCap cycleCap;

	Network(List<AccreditationRequest> requests, Map<String, Reviewer> reviewers, Set<CityPair> ties,
			int maxReviewersPerCity, CycleCap cycleCap) {
		this.cycleCap = cycleCap;
		Map<String, AccreditationRequest> byId = new LinkedHashMap<>();
		requests.forEach(r -> byId.put(r.getId(), r));
		this.requests = byId;
		this.reviewers = Map.copyOf(reviewers);
		this.ties = Set.copyOf(ties);
		this.maxReviewersPerCity = maxReviewersPerCity;
	}

	/** What the rules know of a person who holds or may hold a seat. */
	record Reviewer(String personId, Set<String> memberOf, Set<String> conflictCities, List<Period> unavailable,
			int maxConcurrentReviews, Set<String> languages) {

		Reviewer {
			memberOf = Set.copyOf(memberOf);
			conflictCities = Set.copyOf(conflictCities);
			unavailable = List.copyOf(unavailable);
			languages = Set.copyOf(languages);
		}

	}

	/**
	 * A live seat that breaks a rule: which request, whose seat (in which round) and the rule. A seat that breaks
	 * several rules is as many violations, so a seat already broken for one rule cannot come to break another
	 * unnoticed.
	 */
	record Violation(String requestId, String cityId, String reviewerId, int round, String ruleId) {

		SeatKey seat() {
			return new SeatKey(requestId, reviewerId, round);
		}

	}

	/** A seat's identity across states of the network. */
	record SeatKey(String requestId, String reviewerId, int round) {
	}

	/** The network with this request as it would be after a transition (added when it is new). */
	Network with(AccreditationRequest changed) {
		List<AccreditationRequest> all = new ArrayList<>(requests.values());
		all.removeIf(r -> r.getId() != null && r.getId().equals(changed.getId()));
		all.add(changed);
		return new Network(all, reviewers, ties, maxReviewersPerCity, cycleCap);
	}

	/** Every request the network holds. */
	Collection<AccreditationRequest> requests() {
		return requests.values();
	}

	Optional<AccreditationRequest> request(String requestId) {
		return Optional.ofNullable(requests.get(requestId));
	}

	/** Every rule every live seat breaks now, in rule order per seat. */
	List<Violation> violations() {
		RoutingContext context = context();
		Map<String, Integer> load = load();
		Map<String, Integer> citySeats = cycleCap.seatsTaken(requests.values());
		List<Violation> found = new ArrayList<>();
		for (AccreditationRequest request : requests.values()) {
			if (request.getStatus().open()) {
				for (ReviewerSeat seat : live(request)) {
					List<String> rules = broken(request, seat, context, load, true);
					if (cycleCap.over(request, seat, citySeats)) {
						rules.add(CycleCap.RULE);
					}
					for (String rule : rules) {
						found.add(new Violation(request.getId(), request.getCityId(), seat.reviewerId(), seat.round(),
								rule));
					}
				}
			}
		}
		return found;
	}

	/** The first rule this person would break in a new seat (from their city) on this request, if any. */
	Optional<String> wouldBreak(AccreditationRequest request, String reviewerId, String reviewerCityId) {
		return everyRuleBroken(request, reviewerId, reviewerCityId).stream().findFirst();
	}

	/** Every rule this person would break in a new seat (from their city) on this request, in rule order. */
	List<String> everyRuleBroken(AccreditationRequest request, String reviewerId, String reviewerCityId) {
		ReviewerSeat seat = ReviewerSeat.proposed(reviewerId, reviewerCityId, request.getRound(), Map.of());
		List<String> rules = broken(request, seat, context(), load(), true);
		if (cycleCap.fullFor(request, reviewerCityId, requests.values())) {
			rules.add(CycleCap.RULE);
		}
		return rules;
	}

	/** The live seats of the request's current round. */
	static List<ReviewerSeat> live(AccreditationRequest request) {
		return request.currentSeats().stream().filter(s -> LIVE.contains(s.status())).toList();
	}

	/** The rules the seat breaks, in rule order: all of them, or only the first. */
	private List<String> broken(AccreditationRequest request, ReviewerSeat seat, RoutingContext context,
			Map<String, Integer> load, boolean all) {
		Candidate candidate = candidate(seat, load, request);
		RoutingRequest routing = routingRequest(request, seat);
		List<String> found = new ArrayList<>();
		for (HardRule rule : HardRules.standard().all()) {
			if (!rule.allows(routing, candidate, context)) {
				found.add(rule.id());
				if (!all) {
					return found;
				}
			}
		}
		List<ReviewerSeat> others = new ArrayList<>(live(request));
		others.remove(seat);
		if (others.stream().anyMatch(s -> s.reviewerId().equals(seat.reviewerId()))) {
			found.add("already-seated");
		}
		long sameCity = others.stream().filter(s -> s.reviewerCityId().equals(seat.reviewerCityId())).count();
		if (sameCity >= maxReviewersPerCity) {
			found.add("city-cap");
		}
		return found;
	}

	/**
	 * The request as the rules see it for one seat: excluded are the reviewers of earlier rounds and those who
	 * declined, let the invitation expire or were removed in this round.
	 */
	private static RoutingRequest routingRequest(AccreditationRequest request, ReviewerSeat seat) {
		Set<String> excluded = new HashSet<>();
		for (ReviewerSeat other : request.getSeats()) {
			if (other.round() < request.getRound() || !LIVE.contains(other.status())) {
				excluded.add(other.reviewerId());
			}
		}
		return new RoutingRequest(request.getId(), request.getCityId(), request.getLanguages(), Set.of(),
				request.getReviewPeriod(), excluded, null, null, request.isLanguageRequired());
	}

	/** The seat's reviewer as a routing candidate, their load counting every seat but this one. */
	private Candidate candidate(ReviewerSeat seat, Map<String, Integer> load, AccreditationRequest on) {
		Reviewer reviewer = reviewers.get(seat.reviewerId());
		Set<String> memberOf = new HashSet<>(reviewer == null ? Set.of() : reviewer.memberOf());
		memberOf.add(seat.reviewerCityId());
		int active = load.getOrDefault(seat.reviewerId(), 0);
		if (counts(on, seat)) {
			active--;
		}
		return new Candidate(seat.reviewerId(), seat.reviewerCityId(), memberOf,
				reviewer == null ? Set.of() : reviewer.languages(), Set.of(),
				reviewer == null ? Integer.MAX_VALUE : reviewer.maxConcurrentReviews(), active,
				reviewer == null ? List.of() : reviewer.unavailable(),
				reviewer == null ? Set.of() : reviewer.conflictCities());
	}

	/** Concurrent reviews per reviewer: invited or accepted seats of requests in review. */
	private Map<String, Integer> load() {
		Map<String, Integer> load = new HashMap<>();
		for (AccreditationRequest request : requests.values()) {
			for (ReviewerSeat seat : request.currentSeats()) {
				if (counts(request, seat)) {
					load.merge(seat.reviewerId(), 1, Integer::sum);
				}
			}
		}
		return load;
	}

	private static boolean counts(AccreditationRequest request, ReviewerSeat seat) {
		return request.getStatus() == RequestStatus.IN_REVIEW && seat.round() == request.getRound()
				&& seat.status().open();
	}

	/**
	 * Ties, and who reviews whom: every live seat of an open request (proposed ones too, so a swap cannot make two
	 * cities review each other while one side is only proposed), and every seat that was taken up in the current
	 * or previous cycle.
	 */
	private RoutingContext context() {
		Set<CityPair> reviews = new HashSet<>();
		for (AccreditationRequest request : requests.values()) {
			for (ReviewerSeat seat : request.getSeats()) {
				boolean live = request.getStatus().open() && seat.round() == request.getRound()
						&& LIVE.contains(seat.status());
				boolean history = seat.status() != SeatStatus.PROPOSED && LIVE.contains(seat.status());
				if (live || history) {
					reviews.add(new CityPair(seat.reviewerCityId(), request.getCityId()));
				}
			}
		}
		return new RoutingContext(ties, reviews, Set.of(), Map.of());
	}

}
