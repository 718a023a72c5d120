package org.inclusivecities.platform.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.people.Membership;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.pool.ReviewerNomination;
import org.inclusivecities.platform.pool.ReviewerPool;
import org.inclusivecities.platform.routing.Candidate;
import org.inclusivecities.platform.routing.CityPair;
import org.inclusivecities.platform.routing.RoutingContext;
import org.inclusivecities.platform.routing.RoutingRequest;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads what routing needs from the pool, people and requests: candidates (one per person, their first
 * active nomination), their current load, ties, who reviews whom in the current and previous cycle, and the
 * seats each city took up in the current cycle (for the cap per cycle, counted as {@link Network} counts them).
 */
@Component
class RoutingInputs {

	private final ReviewerPool pool;

	private final RequestsInReview requests;

	private final MongoTemplate mongo;

	private final ReviewProperties properties;

	private final Clock clock;

	RoutingInputs(ReviewerPool pool, RequestsInReview requests, MongoTemplate mongo, ReviewProperties properties,
			Clock clock) {
		this.pool = pool;
		this.requests = requests;
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
	}

	record Inputs(List<Candidate> candidates, RoutingContext context) {

		Candidate candidate(String reviewerId) {
			return candidates.stream().filter(c -> c.reviewerId().equals(reviewerId)).findFirst().orElse(null);
		}

	}

	Inputs load() {
		List<AccreditationRequest> recent = requests
			.submittedSince(clock.instant().atOffset(ZoneOffset.UTC).minus(properties.cycle().multipliedBy(2)).toInstant());
		Map<String, Integer> load = new HashMap<>();
		Map<String, Integer> cityLoad = new HashMap<>();
		Set<CityPair> reviews = new HashSet<>();
		Set<RoutingContext.ReviewerCity> past = new HashSet<>();
		for (AccreditationRequest request : recent) {
			for (ReviewerSeat seat : request.getSeats()) {
				boolean counts = Network.LIVE.contains(seat.status());
				if (counts && seat.status() != SeatStatus.PROPOSED) {
					reviews.add(new CityPair(seat.reviewerCityId(), request.getCityId()));
					past.add(new RoutingContext.ReviewerCity(seat.reviewerId(), request.getCityId()));
				}
				if (request.getStatus() == RequestStatus.IN_REVIEW && seat.status().open()) {
					load.merge(seat.reviewerId(), 1, Integer::sum);
					cityLoad.merge(seat.reviewerCityId(), 1, Integer::sum);
				}
			}
		}
		Set<CityPair> ties = new HashSet<>();
		pool.allTies().forEach(t -> ties.add(new CityPair(t.getCityId(), t.getOtherCityId())));
		Instant cycleStart = clock.instant().atOffset(ZoneOffset.UTC).minus(properties.cycle()).toInstant();
		return new Inputs(candidates(load), new RoutingContext(ties, reviews, past, cityLoad,
				new CycleCap(cycleStart, properties.citySeatsPerCycle()).seatsTaken(recent)).withWishes(wishes()));
	}

	/** The reviewers' wishes for the requests still open, by reviewer then request. */
	private Map<String, Map<String, org.inclusivecities.platform.routing.Wish>> wishes() {
		RequestStatus[] open = java.util.Arrays.stream(RequestStatus.values())
			.filter(RequestStatus::open)
			.toArray(RequestStatus[]::new);
		List<String> ids = requests.withStatus(open).stream().map(AccreditationRequest::getId).toList();
		Map<String, Map<String, org.inclusivecities.platform.routing.Wish>> wishes = new HashMap<>();
		mongo.find(Query.query(Criteria.where("requestId").in(ids)), ReviewerWish.class)
			.forEach(w -> wishes.computeIfAbsent(w.reviewerId(), k -> new HashMap<>()).put(w.requestId(), w.wish()));
		return wishes;
	}

	private List<Candidate> candidates(Map<String, Integer> load) {
		Map<String, ReviewerNomination> firstPerPerson = new LinkedHashMap<>();
		Map<String, Set<String>> conflictsOf = new HashMap<>();
		pool.activeReviewers()
			.stream()
			.sorted(java.util.Comparator.comparing(ReviewerNomination::getNominatedAt))
			.forEach(n -> {
				firstPerPerson.putIfAbsent(n.getPersonId(), n);
				n.getConflicts().forEach(c -> conflictsOf.computeIfAbsent(n.getPersonId(), k -> new HashSet<>()).add(c.cityId()));
			});
		Map<String, Set<String>> memberOf = new HashMap<>();
		mongo.find(Query.query(Criteria.where("_id").in(firstPerPerson.keySet())), Person.class)
			.forEach(p -> memberOf.put(p.getId(),
					new HashSet<>(p.getMemberships().stream().map(Membership::cityId).toList())));
		List<Candidate> candidates = new ArrayList<>();
		for (ReviewerNomination n : firstPerPerson.values()) {
			Set<String> cities = memberOf.getOrDefault(n.getPersonId(), new HashSet<>());
			cities.add(n.getCityId());
			// conflicts declared on any of the person's nominations, not only the first
			Set<String> conflicts = conflictsOf.getOrDefault(n.getPersonId(), Set.of());
			candidates.add(new Candidate(n.getPersonId(), n.getCityId(), cities, n.getLanguages(), n.getExpertise(),
					n.maximumAt(clock.instant()), load.getOrDefault(n.getPersonId(), 0), n.getUnavailable(), conflicts,
					Math.min(n.getMinimumReviews(), n.maximumAt(clock.instant()))));
		}
		return candidates;
	}

	/**
	 * When each city's accreditation in force runs out (the latest accrediting decision): routing staffs
	 * requests whose accreditation runs out sooner first when not all can be staffed.
	 */
	Map<String, LocalDate> renewalDeadlines() {
		Map<String, LocalDate> deadlines = new HashMap<>();
		for (AccreditationRequest decided : requests.withStatus(RequestStatus.DECIDED)) {
			Decision decision = decided.getDecision();
			if (decision != null && decision.accredits() && decision.validUntil() != null) {
				deadlines.merge(decided.getCityId(), decision.validUntil(), (a, b) -> a.isAfter(b) ? a : b);
			}
		}
		return deadlines;
	}

	/** The routing view of a request: every reviewer it ever had is excluded (decliners, first-round on appeal). */
	static RoutingRequest routingRequest(AccreditationRequest request) {
		return routingRequest(request, null);
	}

	/** As {@link #routingRequest(AccreditationRequest)}, with the city's renewal deadline (null for a first one). */
	static RoutingRequest routingRequest(AccreditationRequest request, LocalDate renewalDeadline) {
		Set<String> excluded = new HashSet<>();
		request.getSeats()
			.stream()
			.filter(s -> s.round() < request.getRound() || s.status() != SeatStatus.PROPOSED)
			.forEach(s -> excluded.add(s.reviewerId()));
		return new RoutingRequest(request.getId(), request.getCityId(), request.getLanguages(), request.getTopics(),
				request.getReviewPeriod(), excluded, renewalDeadline, request.getSubmittedAt(),
				request.isLanguageRequired());
	}

}
