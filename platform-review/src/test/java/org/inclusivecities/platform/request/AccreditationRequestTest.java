package org.inclusivecities.platform.request;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.request.RequestErrors.AlreadySubmitted;
import org.inclusivecities.platform.request.RequestErrors.NotYourInvitation;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.scoring.Scorecard;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The aggregate's lifecycle refuses what it must, and refusals leave it unchanged. */
class AccreditationRequestTest {

	static final Instant T0 = Instant.parse("2027-01-04T09:00:00Z");

	static AccreditationRequest inReview() {
		AccreditationRequest request = AccreditationRequest.submit("city-a", ReviewFixture.snapshot(), Set.of("en"),
				Set.of(), ReviewFixture.REVIEW, 3, "admin", T0);
		request.propose(List.of(ReviewerSeat.proposed("r1", "b", 1, Map.of()), ReviewerSeat.proposed("r2", "c", 1, Map.of()),
				ReviewerSeat.proposed("r3", "d", 1, Map.of())), "sec", T0);
		request.confirm(T0.plusSeconds(3600), "sec", T0);
		return request;
	}

	static Scorecard card(int score) {
		return Scorecard.of(ReviewFixture.scores(score), Recommendation.ACCREDIT, "", T0);
	}

	@Test
	void refusesInvalidTransitions() {
		AccreditationRequest request = AccreditationRequest.submit("city-a", ReviewFixture.snapshot(), Set.of("en"),
				Set.of(), ReviewFixture.REVIEW, 3, "admin", T0);
		assertThatThrownBy(() -> request.confirm(T0, "sec", T0)).isInstanceOf(InvalidRequestTransition.class);
		assertThatThrownBy(() -> request.submitReview("r1", card(3))).isInstanceOf(InvalidRequestTransition.class);
		assertThatThrownBy(() -> request.appeal("admin", "why", T0)).isInstanceOf(InvalidRequestTransition.class);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.AWAITING_REVIEWERS);
		assertThat(request.getAudit()).hasSize(1);
	}

	@Test
	void aReviewIsSubmittedOnceAndOnlyByAnInvitedReviewer() {
		AccreditationRequest request = inReview();
		assertThatThrownBy(() -> request.submitReview("stranger", card(3))).isInstanceOf(NotYourInvitation.class);
		request.submitReview("r1", card(3));
		assertThatThrownBy(() -> request.submitReview("r1", card(4))).isInstanceOf(AlreadySubmitted.class);
		assertThat(request.currentSeats().getFirst().scorecard().scoreFor(
				org.inclusivecities.platform.scoring.Criterion.COUNCIL)).isEqualTo(3);
	}

	@Test
	void expiredAndDeclinedSeatsBecomeVacanciesAndTheReviewCompletesOnlyWhenAllSeatsSubmitted() {
		AccreditationRequest request = inReview();
		request.decline("r1", "busy", T0);
		assertThat(request.expireInvitations(T0.plusSeconds(3599))).isZero();
		assertThat(request.expireInvitations(T0.plusSeconds(3600))).isEqualTo(2);
		assertThat(request.vacancies()).isEqualTo(3);
		assertThatThrownBy(() -> request.accept("r2", T0)).isInstanceOf(NotYourInvitation.class);
		request.reassign(ReviewerSeat.proposed("r4", "e", 1, Map.of()), T0.plusSeconds(7200), T0);
		request.submitReview("r4", card(4));
		assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_REVIEW);
	}

}
