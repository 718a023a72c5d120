package org.inclusivecities.platform.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.scoring.Recommendation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inclusivecities.platform.request.AccreditationRequestTest.T0;
import static org.inclusivecities.platform.request.AccreditationRequestTest.card;

/** The meta-review waits for every review and stops at the decision; only a "not yet" can be resubmitted. */
class FeedbackRulesTest {

	static AccreditationRequest reviewed() {
		AccreditationRequest request = AccreditationRequestTest.inReview();
		request.submitReview("r1", card(3));
		request.submitReview("r2", card(4));
		request.submitReview("r3", card(2));
		return request;
	}

	static Decision decision(Recommendation outcome) {
		return new Decision(outcome, "because", List.of(), T0, "sec", null, null,
				outcome == Recommendation.NOT_YET ? List.of(new Decision.Improvement("Add indicators", LocalDate.of(2027, 6, 1)))
						: List.of());
	}

	@Test
	void theMetaReviewIsWrittenOnceAllReviewsAreInAndRewrittenUntilTheDecision() {
		AccreditationRequest request = AccreditationRequestTest.inReview();
		request.submitReview("r1", card(3));
		assertThatThrownBy(() -> request.writeMetaReview("Too early", "sec", T0))
			.isInstanceOf(InvalidRequestTransition.class);
		assertThat(request.metaReview()).isEmpty();

		request.submitReview("r2", card(4));
		request.submitReview("r3", card(2));
		request.writeMetaReview("First reading", "sec", T0);
		request.writeMetaReview("Council strong, monitoring missing", "sec", T0.plusSeconds(60));
		assertThat(request.metaReview()).map(MetaReview::text).contains("Council strong, monitoring missing");
		assertThat(request.getAudit()).extracting(AuditEntry::action).contains("meta-review", "meta-review-revised");

		request.decide(decision(Recommendation.NOT_YET));
		int audited = request.getAudit().size();
		assertThatThrownBy(() -> request.writeMetaReview("After the fact", "sec", T0))
			.isInstanceOf(InvalidRequestTransition.class);
		assertThat(request.metaReview()).map(MetaReview::text).contains("Council strong, monitoring missing");
		assertThat(request.getAudit()).hasSize(audited);
	}

	@Test
	void anAppealRoundHasItsOwnMetaReview() {
		AccreditationRequest request = reviewed();
		request.writeMetaReview("Round one", "sec", T0);
		request.decide(decision(Recommendation.NOT_YET));
		request.appeal("admin", "Indicators were in the annex", T0);
		assertThat(request.metaReview()).isEmpty();
		assertThat(Reviews.cityView(request, false).metaReview()).isNull();
	}

	@Test
	void theCityReadsTheMetaReviewAndTheReviewsWithTheDecisionOnly() {
		AccreditationRequest request = reviewed();
		request.writeMetaReview("Consolidated", "sec", T0);
		assertThat(Reviews.cityView(request, false).metaReview()).isNull();
		assertThat(Reviews.cityView(request, false).reviews()).isEmpty();
		request.decide(decision(Recommendation.NOT_YET));
		ReviewViews.CityView view = Reviews.cityView(request, false);
		assertThat(view.metaReview()).isEqualTo("Consolidated");
		assertThat(view.scoresByCriterion()).hasSize(6).allSatisfy(scores -> assertThat(scores).containsExactly(3, 4, 2));
		assertThat(view.notYet()).isTrue();
		assertThat(view.decision().improveBy()).contains(LocalDate.of(2027, 6, 1));
	}

	@Test
	void onlyADecidedNotYetOfTheSameCityCanBeResubmitted() {
		AccreditationRequest open = reviewed();
		AccreditationRequest next = AccreditationRequest.submit("city-a", ReviewFixture.snapshot(), Set.of("en"), Set.of(),
				ReviewFixture.REVIEW, 3, "admin", T0);
		assertThatThrownBy(() -> next.follows(open)).isInstanceOf(InvalidRequestTransition.class);

		AccreditationRequest accredited = reviewed();
		accredited.decide(decision(Recommendation.ACCREDIT));
		assertThatThrownBy(() -> next.follows(accredited)).isInstanceOf(InvalidRequestTransition.class);

		AccreditationRequest notYet = reviewed();
		notYet.decide(decision(Recommendation.NOT_YET));
		AccreditationRequest elsewhere = AccreditationRequest.submit("city-b", ReviewFixture.snapshot(), Set.of("en"),
				Set.of(), ReviewFixture.REVIEW, 3, "admin", T0);
		assertThatThrownBy(() -> elsewhere.follows(notYet)).isInstanceOf(InvalidRequestTransition.class);
		assertThat(next.getPreviousRequestId()).isNull();

		next.follows(notYet);
		assertThat(next.getAudit()).extracting(AuditEntry::action).containsExactly("submitted", "resubmission");
	}

}
