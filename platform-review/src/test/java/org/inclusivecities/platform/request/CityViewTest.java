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

		ReviewViews.CityView blind = Reviews.cityView(request, false);
		ReviewViews.CityView open = Reviews.cityView(request, true);

		assertThat(blind.reviews()).hasSize(2).allSatisfy(r -> {
			assertThat(r.reviewerId()).isNull();
			assertThat(r.reviewerCityId()).isNull();
		});
		assertThat(blind.toString()).doesNotContain("r1", "r2", "r3");
		assertThat(open.reviews()).extracting(ReviewViews.CityReview::reviewerId).containsExactly("r1", "r2");
	}

}
