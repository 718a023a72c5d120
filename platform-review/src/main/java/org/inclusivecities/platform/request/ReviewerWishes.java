package org.inclusivecities.platform.request;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.inclusivecities.platform.pool.NominationNotFound;
import org.inclusivecities.platform.pool.ReviewerNomination;
import org.inclusivecities.platform.pool.ReviewerPool;
import org.inclusivecities.platform.pool.ReviewerPoolService;
import org.inclusivecities.platform.routing.Candidate;
import org.inclusivecities.platform.routing.HardRule;
import org.inclusivecities.platform.routing.HardRules;
import org.inclusivecities.platform.routing.Wish;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Reviewers' wishes (want / willing / rather not) for the open requests waiting for reviewers, and their own load
 * per cycle. Only an active reviewer has wishes; anyone else, and any request that is not waiting for reviewers,
 * reads as not found. A wish never overrides a hard rule: "want" for a request a rule keeps the reviewer from is
 * refused with that rule. Routing reads the wishes of open requests ({@link RoutingInputs}); the reviewed city never
 * does.
 */
@Service
public class ReviewerWishes {

	private final RequestsInReview requests;

	private final RoutingInputs inputs;

	private final ReviewerPool pool;

	private final ReviewerPoolService poolService;

	private final MongoTemplate mongo;

	private final Clock clock;

	ReviewerWishes(RequestsInReview requests, RoutingInputs inputs, ReviewerPool pool, ReviewerPoolService poolService,
			MongoTemplate mongo, Clock clock) {
		this.requests = requests;
		this.inputs = inputs;
		this.pool = pool;
		this.poolService = poolService;
		this.mongo = mongo;
		this.clock = clock;
	}

	/** One open request as its possible reviewer sees it: their wish and the rule that keeps them off, if any. */
	public record OpenRequest(String requestId, String cityId, Wish wish, String refusedBy) {
	}

	/** The reviewer's own load per cycle (the first active nomination's; they are set together). */
	public record OwnLoad(int minimum, int maximum) {
	}

	/** The open requests (waiting for reviewers or proposed), oldest first, with this reviewer's wishes. */
	public List<OpenRequest> openFor(String personId) {
		requireReviewer(personId);
		RoutingInputs.Inputs loaded = inputs.load();
		Candidate me = loaded.candidate(personId);
		Map<String, Wish> mine = wishesOf(personId);
		return open().stream()
			.map(request -> new OpenRequest(request.getId(), request.getCityId(),
					mine.getOrDefault(request.getId(), Wish.WILLING), refusal(request, me, loaded).orElse(null)))
			.toList();
	}

	/**
	 * Stores the reviewer's wishes (request id → want / willing / rather not) all together or not at all: a request
	 * that is not open reads as not found; an unknown value, or "want" where a hard rule keeps the reviewer off,
	 * refuses the lot ({@link WishesRefused}, per request: the message key, or the refusing rule's id).
	 */
	public void state(String personId, Map<String, String> wishes) {
		requireReviewer(personId);
		Map<String, AccreditationRequest> open = new HashMap<>();
		open().forEach(r -> open.put(r.getId(), r));
		RoutingInputs.Inputs loaded = inputs.load();
		Candidate me = loaded.candidate(personId);
		Map<String, Wish> parsed = new java.util.LinkedHashMap<>();
		Map<String, String> problems = new java.util.LinkedHashMap<>();
		wishes.forEach((requestId, value) -> {
			AccreditationRequest request = open.get(requestId);
			if (request == null) {
				throw new RequestErrors.RequestNotFound(requestId);
			}
			Optional<Wish> wish = parse(value);
			if (wish.isEmpty()) {
				problems.put(requestId, "wish.invalid");
			}
			else if (wish.get() == Wish.WANT && refusal(request, me, loaded).isPresent()) {
				problems.put(requestId, "rule:" + refusal(request, me, loaded).get());
			}
			else {
				parsed.put(requestId, wish.get());
			}
		});
		if (!problems.isEmpty()) {
			throw new WishesRefused(problems);
		}
		parsed.forEach((requestId, wish) -> mongo.save(new ReviewerWish(personId, requestId, wish, clock.instant())));
	}

	public OwnLoad ownLoad(String personId) {
		ReviewerNomination first = requireReviewer(personId);
		return new OwnLoad(first.getMinimumReviews(), first.getMaxConcurrentReviews());
	}

	/** The reviewer's own minimum (soft) and maximum load per cycle, on every active nomination of theirs. */
	public void setOwnLoad(String personId, int minimum, int maximum) {
		poolService.setOwnLoad(personId, minimum, maximum);
	}

	private Map<String, Wish> wishesOf(String personId) {
		Map<String, Wish> mine = new HashMap<>();
		mongo.find(Query.query(Criteria.where("reviewerId").is(personId)), ReviewerWish.class)
			.forEach(w -> mine.put(w.requestId(), w.wish()));
		return mine;
	}

	private List<AccreditationRequest> open() {
		return requests.withStatus(RequestStatus.AWAITING_REVIEWERS, RequestStatus.PROPOSED)
			.stream()
			.sorted(java.util.Comparator.comparing(AccreditationRequest::getSubmittedAt,
					java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
			.toList();
	}

	private static Optional<String> refusal(AccreditationRequest request, Candidate me, RoutingInputs.Inputs loaded) {
		if (me == null) {
			return Optional.of("not-in-pool");
		}
		return HardRules.standard()
			.firstViolation(RoutingInputs.routingRequest(request), me, loaded.context())
			.map(HardRule::id);
	}

	private ReviewerNomination requireReviewer(String personId) {
		return pool.nominationsOf(personId)
			.stream()
			.filter(ReviewerNomination::isActive)
			.findFirst()
			.orElseThrow(() -> new NominationNotFound(personId));
	}

	private static Optional<Wish> parse(String wish) {
		try {
			return Optional.of(Wish.valueOf(wish == null ? "" : wish.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException unknown) {
			return Optional.empty();
		}
	}

	/** Wishes that cannot be stored, per request id: "wish.invalid", or "rule:" and the id of the rule refusing. */
	public static class WishesRefused extends org.inclusivecities.platform.refusal.Invalid {

		private final Map<String, String> problems;

		WishesRefused(Map<String, String> problems) {
			super("Wishes refused: " + problems, "wish-" + problems.keySet().iterator().next(), "wish.invalid");
			this.problems = Map.copyOf(problems);
		}

		public Map<String, String> problems() {
			return problems;
		}

	}

}
