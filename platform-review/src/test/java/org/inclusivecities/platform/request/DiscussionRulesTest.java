package org.inclusivecities.platform.request;

import org.inclusivecities.platform.scoring.Recommendation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inclusivecities.platform.request.AccreditationRequestTest.T0;
import static org.inclusivecities.platform.request.AccreditationRequestTest.card;

/** The discussion: the secretariat and reviewers whose review is in, until the decision; never the city's. */
class DiscussionRulesTest {

	@Test
	void reviewersJoinOnceTheirReviewIsInAndEveryoneStopsAtTheDecision() {
		AccreditationRequest request = AccreditationRequestTest.inReview();
		request.discuss("sec", true, "Please look at monitoring", T0);
		assertThatThrownBy(() -> request.discuss("r1", false, "Too early", T0))
			.isInstanceOf(RequestErrors.DiscussionNotYet.class);
		assertThatThrownBy(() -> request.discuss("stranger", false, "Hello", T0))
			.isInstanceOf(RequestErrors.NotYourInvitation.class);
		assertThat(request.mayReadDiscussion("r1")).isFalse();

		request.submitReview("r1", card(2));
		request.discuss("r1", false, "I scored monitoring low", T0);
		assertThat(request.mayReadDiscussion("r1")).isTrue();
		assertThat(request.discussion()).extracting(DiscussionPost::text)
			.containsExactly("Please look at monitoring", "I scored monitoring low");
		request.submitReview("r2", card(4));
		request.submitReview("r3", card(4));
		request.discuss("r2", false, "Reviewed: still worth a talk", T0);

		request.decide(FeedbackRulesTest.decision(Recommendation.NOT_YET));
		int posts = request.discussion().size();
		assertThatThrownBy(() -> request.discuss("sec", true, "After", T0)).isInstanceOf(InvalidRequestTransition.class);
		assertThatThrownBy(() -> request.discuss("r1", false, "After", T0)).isInstanceOf(InvalidRequestTransition.class);
		assertThat(request.discussion()).hasSize(posts);
		assertThat(Reviews.cityView(request, false).toString()).doesNotContain("monitoring low", "worth a talk");

		request.appeal("admin", "Please look again", T0);
		assertThat(request.discussion()).as("the appeal round starts its own discussion").isEmpty();
	}

}
