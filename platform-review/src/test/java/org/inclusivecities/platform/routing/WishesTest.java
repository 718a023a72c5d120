package org.inclusivecities.platform.routing;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusivecities.platform.routing.HardRuleTest.REVIEW;
import static org.inclusivecities.platform.routing.HardRuleTest.reviewer;

/** Reviewer wishes and minimum loads as the router, the replacement pick and the explanations see them. */
class WishesTest {

	Router router = new Router(RoutingSettings.defaults(), HardRules.standard());

	RoutingRequest request = new RoutingRequest("r1", "a", Set.of("en"), Set.of(), REVIEW, Set.of());

	/** Five equal reviewers from five cities, so only wishes and minimums tell them apart. */
	List<Candidate> pool = List.of(reviewer("b1", "b"), reviewer("c1", "c"), reviewer("d1", "d"), reviewer("e1", "e"),
			reviewer("f1", "f"));

	@Test
	void reviewersWhoWantTheRequestAreChosenAndThoseWhoWouldRatherNotAreLeftOut() {
		var context = RoutingContext.empty()
			.withWishes(Map.of("e1", Map.of("r1", Wish.WANT), "f1", Map.of("r1", Wish.WANT), "b1",
					Map.of("r1", Wish.RATHER_NOT), "c1", Map.of("r1", Wish.RATHER_NOT)));

		RoutingResult result = router.route(List.of(request), pool, context, step -> {
		});

		assertThat(result.assignments()).extracting(Assignment::reviewerId).containsExactlyInAnyOrder("e1", "f1", "d1");
		assertThat(result.assignmentsOf("r1")).filteredOn(a -> a.reviewerId().equals("e1"))
			.singleElement()
			.satisfies(a -> assertThat(a.costTerms()).containsEntry("wish-want", 0L));
		assertThat(result.assignmentsOf("r1")).filteredOn(a -> a.reviewerId().equals("d1"))
			.singleElement()
			.satisfies(a -> assertThat(a.costTerms()).containsEntry("wish-willing", 10L));
	}

	@Test
	void aWishNeverOverridesAHardRule() {
		// a1 is of the requesting city; wanting the request changes nothing
		List<Candidate> withOwn = new java.util.ArrayList<>(pool);
		withOwn.add(reviewer("a1", "a"));
		var context = RoutingContext.empty().withWishes(Map.of("a1", Map.of("r1", Wish.WANT)));

		RoutingResult result = router.route(List.of(request), withOwn, context, step -> {
		});

		assertThat(result.assignments()).extracting(Assignment::reviewerId).doesNotContain("a1").hasSize(3);
		assertThat(new NextBestReviewer(RoutingSettings.defaults(), HardRules.standard()).violation(request,
				reviewer("a1", "a"), context))
			.contains("own-city");
	}

	@Test
	void aReviewerBelowTheirMinimumLoadIsPreferredAndTheShortfallCosts() {
		List<Candidate> withMinimum = List.of(reviewer("b1", "b"), reviewer("c1", "c"), reviewer("d1", "d"),
				new Candidate("e1", "e", Set.of("e"), Set.of("en"), Set.of(), 3, 1, List.of(), Set.of(), 2),
				new Candidate("f1", "f", Set.of("f"), Set.of("en"), Set.of(), 3, 0, List.of(), Set.of(), 3));

		RoutingResult result = router.route(List.of(request), withMinimum, RoutingContext.empty(), step -> {
		});

		assertThat(result.assignments()).extracting(Assignment::reviewerId).contains("e1", "f1");
		// f1 ends 2 short of 3 after one review: 2 × 12 of the cost
		assertThat(result.cost()).isGreaterThanOrEqualTo(2L * CostWeights.defaults().belowMinimum());
		assertThat(result.assignmentsOf("r1")).filteredOn(a -> a.reviewerId().equals("f1"))
			.singleElement()
			.satisfies(a -> assertThat(a.costTerms()).containsEntry("reviewer-minimum", 3L));
	}

	@Test
	void theReplacementPickTakesWishesAndMinimumsIntoAccount() {
		NextBestReviewer next = new NextBestReviewer(RoutingSettings.defaults(), HardRules.standard());
		var context = RoutingContext.empty().withWishes(Map.of("d1", Map.of("r1", Wish.WANT)));

		assertThat(next.pick(request, pool, context, Map.of())).map(Assignment::reviewerId).contains("d1");

		List<Candidate> withMinimum = List.of(reviewer("b1", "b"),
				new Candidate("c1", "c", Set.of("c"), Set.of("en"), Set.of(), 3, 0, List.of(), Set.of(), 1));
		assertThat(next.pick(request, withMinimum, RoutingContext.empty(), Map.of())).map(Assignment::reviewerId)
			.contains("c1");
		var ratherNot = RoutingContext.empty().withWishes(Map.of("b1", Map.of("r1", Wish.RATHER_NOT)));
		assertThat(next.pick(request, List.of(reviewer("b1", "b"), reviewer("c1", "c")), ratherNot, Map.of()))
			.map(Assignment::reviewerId)
			.contains("c1");
	}

}
