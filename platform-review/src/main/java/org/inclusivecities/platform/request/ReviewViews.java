package org.inclusivecities.platform.request;

import java.util.List;

import org.inclusivecities.platform.scoring.Criterion;
import org.inclusivecities.platform.scoring.Scorecard;

/** Read-only projections of a request for the people allowed to see them. */
public final class ReviewViews {

	private ReviewViews() {
	}

	/**
	 * What a reviewer sees: the frozen plan, their own scorecard, and the others' scorecards only once they
	 * have submitted their own (with the criteria the reviewers disagree on).
	 */
	public record ReviewerView(String requestId, String reviewedCityId, PlanSnapshot snapshot, SeatStatus ownStatus,
			Scorecard own, List<Scorecard> others, List<Criterion> disagreements, Scorecard draft,
			RequestStatus requestStatus, List<ThreadPost> discussion, boolean mayDiscuss) {

		/** A submitted review may still be changed: the decision is not taken yet. */
		public boolean revisable() {
			return ownStatus == SeatStatus.SUBMITTED
					&& (requestStatus == RequestStatus.IN_REVIEW || requestStatus == RequestStatus.REVIEWED);
		}

	}

	/**
	 * A discussion message as a reviewer reads it: by them ({@code YOU}), by another reviewer (numbered as their
	 * scorecard is, "Reviewer 2" ...) or by the secretariat; never a reviewer's name.
	 */
	public record ThreadPost(Author author, int reviewerNumber, String text, java.time.Instant at) {

		public enum Author {
			YOU, REVIEWER, SECRETARIAT
		}

	}

	/**
	 * What the reviewed city sees. Blind by default: reviews are labelled by position only; reviewer ids and
	 * cities appear only when open review is switched on (platform.review.open-review=true). The reviews (scores
	 * per criterion, evidence, summaries) and the secretariat's meta-review reach the city with the decision, not
	 * while reviewers may still revise them; {@code previousRequestId} names the "not yet" request this one
	 * resubmits.
	 */
	public record CityView(String requestId, RequestStatus status, int round, int reviewersRequired,
			long reviewsSubmitted, List<CityReview> reviews, Decision decision, boolean appealed, String metaReview,
			String previousRequestId) {

		/** A "not yet" decision, with its improvement plan: the city may work on it and ask again. */
		public boolean notYet() {
			return status == RequestStatus.DECIDED && decision != null && !decision.accredits();
		}

		/** Each criterion's scores in the order of {@link #reviews()}, for the city's table. */
		public List<List<Integer>> scoresByCriterion() {
			return java.util.Arrays.stream(Criterion.values())
				.map(c -> reviews.stream().map(r -> r.scorecard().scoreFor(c)).toList())
				.toList();
		}

		/** The city may appeal once, a decided request. */
		public boolean appealable() {
			return status == RequestStatus.DECIDED && !appealed;
		}

	}

	/** One review as the reviewed city sees it; {@code reviewerId} and {@code reviewerCityId} null when blind. */
	public record CityReview(int number, String reviewerId, String reviewerCityId, Scorecard scorecard) {
	}

	/** The secretariat's view: everything, with the disagreements flagged. */
	public record SecretariatView(AccreditationRequest request, List<Scorecard> scorecards,
			List<Criterion> disagreements) {
	}

}
