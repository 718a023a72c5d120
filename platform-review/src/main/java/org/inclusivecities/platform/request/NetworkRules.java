package org.inclusivecities.platform.request;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.people.Membership;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.pool.DeclaredConflict;
import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.pool.ReviewerNomination;
import org.inclusivecities.platform.pool.ReviewerPool;
import org.inclusivecities.platform.request.RequestErrors.RuleBroken;
import org.inclusivecities.platform.routing.CityPair;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads the {@link Network} from the database and judges transitions by it: a transition may neither leave a seat
 * it touches breaking a rule nor make any other live seat of the network break one. A refused transition
 * throws {@link RuleBroken} before anything is written.
 */
@Component
class NetworkRules {

	private final RequestsInReview requests;

	private final ReviewerPool pool;

	private final MongoTemplate mongo;

	private final ReviewProperties properties;

	private final Clock clock;

	NetworkRules(RequestsInReview requests, ReviewerPool pool, MongoTemplate mongo, ReviewProperties properties,
			Clock clock) {
		this.requests = requests;
		this.pool = pool;
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
	}

	/** The network now: requests of the current and previous cycle and every open one. */
	Network load() {
		Map<String, AccreditationRequest> all = new LinkedHashMap<>();
		requests.submittedSince(clock.instant()
			.atOffset(ZoneOffset.UTC)
			.minus(properties.cycle().multipliedBy(2))
			.toInstant()).forEach(r -> all.put(r.getId(), r));
		requests.withStatus(AccreditationService.OPEN.toArray(RequestStatus[]::new))
			.forEach(r -> all.putIfAbsent(r.getId(), r));
		Set<String> people = new HashSet<>();
		all.values().forEach(r -> r.getSeats().forEach(s -> people.add(s.reviewerId())));
		List<ReviewerNomination> nominations = pool.activeReviewers();
		nominations.forEach(n -> people.add(n.getPersonId()));
		return network(all.values(), people);
	}

	/** The network with the request as stored now plus, for the people named, their memberships and pool entries. */
	private Network network(Collection<AccreditationRequest> all, Set<String> personIds) {
		Map<String, Set<String>> memberOf = new HashMap<>();
		mongo.find(Query.query(Criteria.where("_id").in(personIds)), Person.class)
			.forEach(p -> memberOf.put(p.getId(), new HashSet<>(p.getMemberships().stream().map(Membership::cityId).toList())));
		Map<String, List<ReviewerNomination>> byPerson = new HashMap<>();
		mongo.find(Query.query(Criteria.where("personId").in(personIds)), ReviewerNomination.class)
			.forEach(n -> byPerson.computeIfAbsent(n.getPersonId(), k -> new ArrayList<>()).add(n));
		Map<String, Network.Reviewer> reviewers = new HashMap<>();
		for (String personId : personIds) {
			List<ReviewerNomination> own = byPerson.getOrDefault(personId, List.of());
			Set<String> conflicts = new HashSet<>();
			List<Period> unavailable = new ArrayList<>();
			int cap = own.stream()
				.filter(ReviewerNomination::isActive)
				.mapToInt(ReviewerNomination::getMaxConcurrentReviews)
				.max()
				.orElse(Integer.MAX_VALUE);
			for (ReviewerNomination n : own) {
				n.getConflicts().stream().map(DeclaredConflict::cityId).forEach(conflicts::add);
				unavailable.addAll(n.getUnavailable());
			}
			reviewers.put(personId, new Network.Reviewer(personId, memberOf.getOrDefault(personId, Set.of()),
					conflicts, unavailable, cap));
		}
		Set<CityPair> ties = new HashSet<>();
		pool.allTies().forEach(t -> ties.add(new CityPair(t.getCityId(), t.getOtherCityId())));
		return new Network(List.copyOf(all), reviewers, ties, properties.maxReviewersPerCity());
	}

	/**
	 * Refuses the changed request when one of the seats the transition touched breaks a rule, or when any live
	 * seat of the network that kept every rule before would break one after.
	 */
	void admit(AccreditationRequest changed, Collection<String> touchedReviewers) {
		admit(load(), changed, touchedReviewers);
	}

	void admit(Network before, AccreditationRequest changed, Collection<String> touchedReviewers) {
		Set<Network.SeatKey> broken = new HashSet<>();
		before.violations().forEach(v -> broken.add(v.seat()));
		for (Network.Violation v : before.with(changed).violations()) {
			boolean touched = v.requestId().equals(changed.getId()) && touchedReviewers.contains(v.reviewerId());
			if (touched || !broken.contains(v.seat())) {
				throw new RuleBroken(v.ruleId(), v.reviewerId(), v.cityId());
			}
		}
	}

}
