package org.inclusivecities.platform.request;

import java.util.EnumMap;
import java.util.Map;

import org.inclusivecities.platform.scoring.Criterion;
import org.inclusivecities.platform.scoring.CriterionScore;
import org.inclusivecities.platform.scoring.InvalidScorecard;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.scoring.Scorecard;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inclusivecities.platform.request.AccreditationRequestTest.T0;
import static org.inclusivecities.platform.request.AccreditationRequestTest.card;

/** A draft is the reviewer's alone until submitted; a submitted review changes until the decision, not after. */
class DraftRulesTest {

	static Scorecard draft(String evidence) {
		Map<Criterion, CriterionScore> scores = new EnumMap<>(Criterion.class);
		scores.put(Criterion.COUNCIL, new CriterionScore(Criterion.COUNCIL, 4, evidence));
		scores.put(Criterion.MISSION, new CriterionScore(Criterion.MISSION, 0, "not scored yet"));
		return Scorecard.draft(scores, null, "so far", T0);
	}

	static ReviewerSeat seat(AccreditationRequest request, String reviewer) {
		return request.currentSeats().stream().filter(s -> s.reviewerId().equals(reviewer)).findFirst().orElseThrow();
	}

	@Test
	void aDraftKeepsWhatIsThereAndRefusesOnlyTooLongText() {
		Scorecard draft = draft("Council seen");
		assertThat(draft.draftScoreFor(Criterion.COUNCIL)).isEqualTo(4);
		assertThat(draft.draftScoreFor(Criterion.MISSION)).isZero();
		assertThat(draft.evidenceFor(Criterion.MISSION)).isEqualTo("not scored yet");
		assertThat(draft.recommendation()).isNull();
		assertThatThrownBy(() -> draft("x".repeat(Scorecard.MAX_TEXT + 1))).isInstanceOf(InvalidScorecard.class);
	}

	@Test
	void aDraftIsSavedOnAnAcceptedSeatOnlyAndSubmittingReplacesIt() {
		AccreditationRequest request = AccreditationRequestTest.inReview();
		assertThatThrownBy(() -> request.saveDraft("r1", draft("early"))).isInstanceOf(RequestErrors.NotYourInvitation.class);
		request.accept("r1", T0);
		request.saveDraft("r1", draft("first"));
		request.saveDraft("r1", draft("second"));
		assertThat(seat(request, "r1").draft().evidenceFor(Criterion.COUNCIL)).isEqualTo("second");
		assertThat(seat(request, "r1").scorecard()).isNull();
		assertThat(seat(request, "r1").status()).isEqualTo(SeatStatus.ACCEPTED);
		assertThatThrownBy(() -> request.saveDraft("stranger", draft("x"))).isInstanceOf(RequestErrors.NotYourInvitation.class);

		request.submitReview("r1", card(3));
		assertThat(seat(request, "r1").draft()).isNull();
		assertThatThrownBy(() -> request.saveDraft("r1", draft("after"))).isInstanceOf(RequestErrors.NotYourInvitation.class);
		assertThat(Reviews.cityView(request, false).toString()).doesNotContain("second");
	}

	@Test
	void aSubmittedReviewChangesUntilTheDecisionAndNeverAfter() {
		AccreditationRequest request = AccreditationRequestTest.inReview();
		assertThatThrownBy(() -> request.reviseReview("r1", card(2))).isInstanceOf(RequestErrors.NotYourInvitation.class);
		request.submitReview("r1", card(3));
		request.reviseReview("r1", card(2));
		assertThat(seat(request, "r1").scorecard().scoreFor(Criterion.COUNCIL)).isEqualTo(2);
		request.submitReview("r2", card(4));
		request.submitReview("r3", card(4));
		assertThat(request.getStatus()).isEqualTo(RequestStatus.REVIEWED);
		request.reviseReview("r2", card(5));
		assertThat(request.getStatus()).isEqualTo(RequestStatus.REVIEWED);
		assertThat(request.getAudit()).extracting(AuditEntry::action).containsSubsequence("score-revision", "score-revision");

		request.decide(FeedbackRulesTest.decision(Recommendation.ACCREDIT));
		int audited = request.getAudit().size();
		assertThatThrownBy(() -> request.reviseReview("r1", card(1))).isInstanceOf(InvalidRequestTransition.class);
		assertThat(seat(request, "r1").scorecard().scoreFor(Criterion.COUNCIL)).isEqualTo(2);
		assertThat(request.getAudit()).hasSize(audited);
	}

}
