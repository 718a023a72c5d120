package org.inclusivecities.platform.request;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reviewed city's view model: no reviewer identity or city unless open review is on. */
class CityViewTest {

	@Test
	void blindByDefaultOpenWhenConfigured() {
		AccreditationRequest request = AccreditationRequestTest.inReview();
		request.submitReview("r1", AccreditationRequestTest.card(3));
		request.submitReview("r2", AccreditationRequestTest.card(4));
		request.submitReview("r3", AccreditationRequestTest.card(5));
		assertThat(Reviews.cityView(request, false).reviews()).as("not before the decision").isEmpty();
		request.decide(new Decision(org.inclusivecities.platform.scoring.Recommendation.ACCREDIT, "ok",
				java.util.List.of(), AccreditationRequestTest.T0, "sec", null, "CODE"));

		ReviewViews.CityView blind = Reviews.cityView(request, false);
		ReviewViews.CityView open = Reviews.cityView(request, true);

		assertThat(blind.reviews()).hasSize(3).allSatisfy(r -> {
			assertThat(r.reviewerId()).isNull();
			assertThat(r.reviewerCityId()).isNull();
		});
		assertThat(blind.toString()).doesNotContain("r1", "r2", "r3");
		assertThat(open.reviews()).extracting(ReviewViews.CityReview::reviewerId).containsExactly("r1", "r2", "r3");
	}

}
