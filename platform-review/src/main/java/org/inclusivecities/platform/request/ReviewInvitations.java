package org.inclusivecities.platform.request;

import java.time.Clock;
import java.util.List;

import org.inclusivecities.platform.pool.ReviewerNomination;
import org.inclusivecities.platform.pool.ReviewerPoolService;
import org.inclusivecities.platform.request.RequestErrors.NotYourInvitation;

import org.springframework.stereotype.Service;

/**
 * What an invited reviewer does: accept (refused with the rule when their seat breaks one, e.g. they joined the
 * reviewed city's council since) or decline (with a reason) before the soft deadline.
 */
@Service
public class ReviewInvitations {

	private final RequestsInReview requests;

	private final NetworkRules rules;

	private final Clock clock;

	private final ReviewerPoolService pool;

	private final ReviewProperties properties;

	ReviewInvitations(RequestsInReview requests, NetworkRules rules, Clock clock, ReviewerPoolService pool,
			ReviewProperties properties) {
		this.pool = pool;
		this.properties = properties;
		this.requests = requests;
		this.rules = rules;
		this.clock = clock;
	}

	public AccreditationRequest accept(String reviewerId, String requestId) {
		return accept(reviewerId, requestId, null);
	}

	/**
	 * Accepts, and with {@code reducedMaximum} lowers the reviewer's maximum for the rest of the cycle (OpenReview
	 * #104): routing and reassignment then offer them no more than that. It may not be below the reviews they hold
	 * once this one is accepted, nor above their maximum.
	 */
	public AccreditationRequest accept(String reviewerId, String requestId, Integer reducedMaximum) {
		AccreditationRequest request = mine(reviewerId, requestId);
		if (reducedMaximum != null) {
			long holding = requests.withReviewer(reviewerId)
				.stream()
				.filter(r -> r.getStatus().open() && !r.getId().equals(requestId))
				.filter(r -> r.currentSeats().stream().anyMatch(s -> s.reviewerId().equals(reviewerId) && s.status().open()))
				.count() + 1;
			if (reducedMaximum < holding || reducedMaximum > ReviewerNomination.MAX_CAP) {
				throw new RequestErrors.InvalidInput(List.of("accept.reduced.range"));
			}
		}
		request.accept(reviewerId, clock.instant());
		AccreditationRequest saved = rules.admitAndSave(request, List.of(reviewerId));
		if (reducedMaximum != null && reducedMaximum >= 1) {
			pool.reduceOwnLoad(reviewerId, reducedMaximum,
					clock.instant().atOffset(java.time.ZoneOffset.UTC).plus(properties.cycle()).toInstant());
		}
		return saved;
	}

	/** Declining frees the seat; the reassignment job invites the next-best eligible reviewer. */
	public AccreditationRequest decline(String reviewerId, String requestId, String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 1000) {
			throw new RequestErrors.InvalidInput(List.of("decline.reason.required"));
		}
		AccreditationRequest request = mine(reviewerId, requestId);
		request.decline(reviewerId, why, clock.instant());
		return requests.save(request);
	}

	/** The requests where this reviewer holds a seat; anything else reads as not found. */
	public List<AccreditationRequest> of(String reviewerId) {
		return requests.withReviewer(reviewerId);
	}

	AccreditationRequest mine(String reviewerId, String requestId) {
		return requests.byId(requestId)
			.filter(r -> r.getSeats().stream().anyMatch(s -> s.reviewerId().equals(reviewerId)))
			.orElseThrow(() -> new NotYourInvitation(requestId));
	}

}
