package org.inclusivecities.platform.request;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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

	private final NetworkLock lock;

	NetworkRules(RequestsInReview requests, ReviewerPool pool, MongoTemplate mongo, ReviewProperties properties,
			Clock clock, NetworkLock lock) {
		this.lock = lock;
		this.requests = requests;
		this.pool = pool;
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The network now, in four queries: requests of the current and previous cycle and every open one, the pool's
	 * nominations (active ones, and any of a seated reviewer), the people concerned, and the ties.
	 */
	Network load() {
		Instant since = clock.instant().atOffset(ZoneOffset.UTC).minus(properties.cycle().multipliedBy(2)).toInstant();
		List<AccreditationRequest> all = mongo.find(Query.query(new Criteria().orOperator(
				Criteria.where("submittedAt").gte(since),
				Criteria.where("status").in(AccreditationService.OPEN.stream().map(Enum::name).toList()))),
				AccreditationRequest.class);
		Set<String> seated = new HashSet<>();
		all.forEach(r -> r.getSeats().forEach(s -> seated.add(s.reviewerId())));
		List<ReviewerNomination> nominations = mongo.find(Query.query(new Criteria().orOperator(
				Criteria.where("active").is(true), Criteria.where("personId").in(seated))), ReviewerNomination.class);
		Set<String> personIds = new HashSet<>(seated);
		nominations.forEach(n -> personIds.add(n.getPersonId()));
		Map<String, Set<String>> memberOf = new HashMap<>();
		mongo.find(Query.query(Criteria.where("_id").in(personIds)), Person.class)
			.forEach(p -> memberOf.put(p.getId(), new HashSet<>(p.getMemberships().stream().map(Membership::cityId).toList())));
		Map<String, List<ReviewerNomination>> byPerson = new HashMap<>();
		nominations.forEach(n -> byPerson.computeIfAbsent(n.getPersonId(), k -> new ArrayList<>()).add(n));
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
			Set<String> languages = new HashSet<>();
			for (ReviewerNomination n : own) {
				n.getConflicts().stream().map(DeclaredConflict::cityId).forEach(conflicts::add);
				unavailable.addAll(n.getUnavailable());
				languages.addAll(n.getLanguages());
			}
			reviewers.put(personId, new Network.Reviewer(personId, memberOf.getOrDefault(personId, Set.of()),
					conflicts, unavailable, cap, languages));
		}
		Set<CityPair> ties = new HashSet<>();
		pool.allTies().forEach(t -> ties.add(new CityPair(t.getCityId(), t.getOtherCityId())));
		return new Network(all, reviewers, ties, properties.maxReviewersPerCity(), cycleCap());
	}

	/** The current cycle (requests submitted within one cycle of now) and the cap on a city's seats in it. */
	CycleCap cycleCap() {
		Instant since = clock.instant().atOffset(ZoneOffset.UTC).minus(properties.cycle()).toInstant();
		return new CycleCap(since, properties.citySeatsPerCycle());
	}

	/** Whether the person holds a live seat on an open request (so a change about them can break a rule). */
	boolean seated(String personId) {
		return requests.withReviewer(personId).stream().anyMatch(r -> r.getStatus().open());
	}

	/**
	 * Refuses the changed request when one of the seats the transition touched breaks a rule, or when any live
	 * seat of the network would break a rule after that it kept before.
	 */
	void admit(AccreditationRequest changed, Collection<String> touchedReviewers) {
		admit(load(), changed, touchedReviewers);
	}

	/**
	 * Judges the changed request (as {@link #admit(AccreditationRequest, Collection)}) and saves it while no other
	 * transition is judged or saved, so two transitions judged at once cannot together break a rule.
	 */
	AccreditationRequest admitAndSave(AccreditationRequest changed, Collection<String> touchedReviewers) {
		return lock.exclusively(() -> {
			admit(changed, touchedReviewers);
			return requests.save(changed);
		});
	}

	/** Runs work that judges and saves several requests (a routing preview) while no other transition does. */
	<T> T exclusively(java.util.function.Supplier<T> work) {
		return lock.exclusively(work);
	}

	void admit(Network before, AccreditationRequest changed, Collection<String> touchedReviewers) {
		Set<Network.Violation> broken = new HashSet<>(before.violations());
		for (Network.Violation v : before.with(changed).violations()) {
			boolean touched = v.requestId().equals(changed.getId()) && touchedReviewers.contains(v.reviewerId());
			// per seat and rule: a seat flagged for one rule may not come to break another one through a transition
			if (touched || !broken.contains(v)) {
				throw new RuleBroken(v.ruleId(), v.reviewerId(), v.cityId());
			}
		}
	}

}
