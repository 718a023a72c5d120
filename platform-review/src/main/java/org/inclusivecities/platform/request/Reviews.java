package org.inclusivecities.platform.request;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.inclusivecities.platform.request.RequestErrors.NotYourInvitation;
import org.inclusivecities.platform.request.ReviewViews.CityReview;
import org.inclusivecities.platform.request.ReviewViews.CityView;
import org.inclusivecities.platform.request.ReviewViews.ReviewerView;
import org.inclusivecities.platform.scoring.Criterion;
import org.inclusivecities.platform.scoring.CriterionScore;
import org.inclusivecities.platform.scoring.Disagreements;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.scoring.Scorecard;

import org.springframework.stereotype.Service;

/** Submitting reviews and the views of them: the reviewer's, the reviewed city's (blind) and the secretariat's. */
@Service
public class Reviews {

	private final RequestsInReview requests;

	private final AccreditationRequests cityRequests;

	private final ReviewInvitations invitations;

	private final ReviewProperties properties;

	private final Secretariat secretariat;

	private final NetworkRules rules;

	private final Clock clock;

	private final ReviewMail mail;

	Reviews(RequestsInReview requests, AccreditationRequests cityRequests, ReviewInvitations invitations,
			ReviewProperties properties, Secretariat secretariat, NetworkRules rules, ReviewMail mail, Clock clock) {
		this.mail = mail;
		this.rules = rules;
		this.requests = requests;
		this.cityRequests = cityRequests;
		this.invitations = invitations;
		this.properties = properties;
		this.secretariat = secretariat;
		this.clock = clock;
	}

	/** Validates everything first; a bad or repeated submission changes nothing. */
	public AccreditationRequest submit(String reviewerId, String requestId, Map<Criterion, CriterionScore> scores,
			Recommendation recommendation, String summary) {
		Scorecard card = Scorecard.of(scores, recommendation, summary, clock.instant());
		AccreditationRequest request = invitations.mine(reviewerId, requestId);
		request.submitReview(reviewerId, card);
		AccreditationRequest saved = rules.admitAndSave(request, List.of(reviewerId));
		if (saved.getStatus() == RequestStatus.REVIEWED) {
			mail.allReviewsIn(saved);
		}
		return saved;
	}

	/** Keeps what the reviewer has so far; only text that is too long is refused (then nothing changes). */
	public AccreditationRequest saveDraft(String reviewerId, String requestId, Map<Criterion, CriterionScore> scores,
			Recommendation recommendation, String summary) {
		Scorecard draft = Scorecard.draft(scores, recommendation, summary, clock.instant());
		AccreditationRequest request = invitations.mine(reviewerId, requestId);
		request.saveDraft(reviewerId, draft);
		return requests.save(request);
	}

	/**
	 * Replaces the reviewer's submitted review with a changed one, validated like a submission, until the decision;
	 * the hard rules are judged again as at a submission.
	 */
	public AccreditationRequest revise(String reviewerId, String requestId, Map<Criterion, CriterionScore> scores,
			Recommendation recommendation, String summary) {
		Scorecard card = Scorecard.of(scores, recommendation, summary, clock.instant());
		AccreditationRequest request = invitations.mine(reviewerId, requestId);
		request.reviseReview(reviewerId, card);
		return rules.admitAndSave(request, List.of(reviewerId));
	}

	public ReviewerView reviewerView(String reviewerId, String requestId) {
		AccreditationRequest request = invitations.mine(reviewerId, requestId);
		ReviewerSeat own = request.currentSeats()
			.stream()
			.filter(s -> s.reviewerId().equals(reviewerId))
			.reduce((first, second) -> second)
			.orElseThrow(() -> new NotYourInvitation(requestId));
		List<Scorecard> others = new ArrayList<>();
		List<String> otherIds = new ArrayList<>();
		if (own.status() == SeatStatus.SUBMITTED) {
			request.currentSeats()
				.stream()
				.filter(s -> s.scorecard() != null && !s.reviewerId().equals(reviewerId))
				.forEach(s -> {
					others.add(s.scorecard());
					otherIds.add(s.reviewerId());
				});
		}
		boolean reads = request.mayReadDiscussion(reviewerId);
		List<ReviewViews.ThreadPost> discussion = !reads ? List.of() : request.discussion()
			.stream()
			.map(p -> p.bySecretariat()
					? new ReviewViews.ThreadPost(ReviewViews.ThreadPost.Author.SECRETARIAT, 0, p.text(), p.at())
					: p.authorId().equals(reviewerId)
							? new ReviewViews.ThreadPost(ReviewViews.ThreadPost.Author.YOU, 1, p.text(), p.at())
							: new ReviewViews.ThreadPost(ReviewViews.ThreadPost.Author.REVIEWER,
									otherIds.indexOf(p.authorId()) + 2, p.text(), p.at()))
			.toList();
		boolean mayDiscuss = reads && (request.getStatus() == RequestStatus.IN_REVIEW
				|| request.getStatus() == RequestStatus.REVIEWED);
		List<Scorecard> visible = new ArrayList<>(others);
		if (own.scorecard() != null) {
			visible.add(own.scorecard());
		}
		return new ReviewerView(requestId, request.getCityId(), request.getSnapshot(), own.status(), own.scorecard(),
				others, Disagreements.among(visible), own.draft(), request.getStatus(), discussion, mayDiscuss);
	}

	/** The reviewed city's view of its own request; never carries reviewer identity unless open review is on. */
	public CityView cityView(String cityId, String requestId) {
		AccreditationRequest request = cityRequests.findByCityIdAndId(cityId, requestId)
			.orElseThrow(() -> new RequestErrors.RequestNotFound(requestId));
		return cityView(request, properties.openReview());
	}

	/** The blind (or, when configured, open) projection of a request for the city that asked for it. */
	static CityView cityView(AccreditationRequest request, boolean openReview) {
		List<CityReview> reviews = new ArrayList<>();
		long submitted = 0;
		boolean decided = request.getStatus() == RequestStatus.DECIDED;
		for (ReviewerSeat seat : request.currentSeats()) {
			if (seat.scorecard() != null && seat.status() == SeatStatus.SUBMITTED) {
				submitted++;
				if (decided) {
					reviews.add(new CityReview(reviews.size() + 1, openReview ? seat.reviewerId() : null,
							openReview ? seat.reviewerCityId() : null, seat.scorecard()));
				}
			}
		}
		String metaReview = decided ? request.metaReview().map(MetaReview::text).orElse(null) : null;
		return new CityView(request.getId(), request.getStatus(), request.getRound(), request.getReviewersRequired(),
				submitted, reviews, request.getDecision(), request.isAppealed(), metaReview,
				request.getPreviousRequestId());
	}

	public ReviewViews.SecretariatView secretariatView(String actorId, String requestId) {
		secretariat.require(actorId);
		AccreditationRequest request = requests.byId(requestId)
			.orElseThrow(() -> new RequestErrors.RequestNotFound(requestId));
		List<Scorecard> cards = request.currentSeats().stream().map(ReviewerSeat::scorecard).filter(c -> c != null).toList();
		return new ReviewViews.SecretariatView(request, cards, Disagreements.among(cards));
	}

}
