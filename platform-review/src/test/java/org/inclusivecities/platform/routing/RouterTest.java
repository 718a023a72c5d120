package org.inclusivecities.platform.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusivecities.platform.routing.HardRuleTest.REVIEW;
import static org.inclusivecities.platform.routing.HardRuleTest.reviewer;

class RouterTest {

	Router router = new Router(RoutingSettings.defaults(), HardRules.standard());

	List<RoutingProgress> progress = new ArrayList<>();

	@Test
	void staffsEachRequestFromDifferentCitiesPreferringSharedLanguageAndExpertise() {
		RoutingRequest request = new RoutingRequest("r1", "a", Set.of("nl"), Set.of("recovery-cafe"), REVIEW,
				Set.of());
		List<Candidate> pool = List.of(
				new Candidate("dutch-cafe", "b", Set.of("b"), Set.of("nl"), Set.of("recovery-cafe"), 2, 0, List.of(),
						Set.of()),
				new Candidate("dutch", "c", Set.of("c"), Set.of("nl"), Set.of(), 2, 0, List.of(), Set.of()),
				new Candidate("english-b", "b", Set.of("b"), Set.of("en"), Set.of(), 2, 0, List.of(), Set.of()),
				new Candidate("english-d", "d", Set.of("d"), Set.of("en"), Set.of("recovery-cafe"), 2, 0, List.of(),
						Set.of()),
				new Candidate("english-e", "e", Set.of("e"), Set.of("en"), Set.of(), 2, 0, List.of(), Set.of()));

		RoutingResult result = router.route(List.of(request), pool, RoutingContext.empty(), progress::add);

		assertThat(result.outcome()).isEqualTo(RoutingResult.Outcome.OPTIMAL);
		assertThat(result.assignments()).extracting(Assignment::reviewerId)
			.containsExactlyInAnyOrder("dutch-cafe", "dutch", "english-d");
		Assignment dutch = result.assignments()
			.stream()
			.filter(a -> a.reviewerId().equals("dutch"))
			.findFirst()
			.orElseThrow();
		assertThat(dutch.costTerms()).containsEntry("language-shared", 0L).containsEntry("no-expertise", 20L);
		assertThat(dutch.rulesPassed()).containsAll(HardRules.standard().ids());
		assertThat(progress).isNotEmpty();
	}

	@Test
	void explainsWhichRulesLeftARequestWithoutReviewersAndSolvesTheRest() {
		RoutingRequest blocked = new RoutingRequest("blocked", "a", Set.of("en"), Set.of(), REVIEW, Set.of());
		RoutingRequest fine = new RoutingRequest("fine", "z", Set.of("en"), Set.of(), REVIEW, Set.of());
		List<Candidate> pool = List.of(reviewer("a1", "a"), reviewer("a2", "a"), reviewer("b1", "b"),
				reviewer("c1", "c"), reviewer("d1", "d"));
		var context = new RoutingContext(Set.of(new CityPair("a", "b"), new CityPair("c", "a")), Set.of(), Set.of(),
				Map.of());

		RoutingResult result = router.route(List.of(blocked, fine), pool, context, progress::add);

		assertThat(result.assignmentsOf("fine")).hasSize(3);
		assertThat(result.unrouted()).singleElement().satisfies(u -> {
			assertThat(u.requestId()).isEqualTo("blocked");
			assertThat(u.reason()).isEqualTo(Unrouted.Reason.TOO_FEW_ELIGIBLE);
			assertThat(u.message()).isEqualTo(
					"request blocked: 1 eligible reviewers from 1 cities left after rule city-tie removed 2, rule own-city removed 2"
							+ "; they fill at most 1 seats within the per-city cap");
		});
	}

	@Test
	void neverLetsTwoCitiesReviewEachOtherInTheSameRun() {
		RoutingRequest fromA = new RoutingRequest("ra", "a", Set.of("en"), Set.of(), REVIEW, Set.of());
		RoutingRequest fromB = new RoutingRequest("rb", "b", Set.of("en"), Set.of(), REVIEW, Set.of());
		List<Candidate> pool = List.of(reviewer("a1", "a"), reviewer("b1", "b"), reviewer("c1", "c"),
				reviewer("d1", "d"), reviewer("e1", "e"));
		RoutingSettings two = new RoutingSettings(2, 1, CostWeights.defaults(), Duration.ofSeconds(5), 2);

		RoutingResult result = new Router(two, HardRules.standard()).route(List.of(fromA, fromB), pool,
				RoutingContext.empty(), progress::add);

		boolean aReviewsB = result.assignmentsOf("rb").stream().anyMatch(a -> a.reviewerCityId().equals("a"));
		boolean bReviewsA = result.assignmentsOf("ra").stream().anyMatch(a -> a.reviewerCityId().equals("b"));
		assertThat(aReviewsB && bReviewsA).isFalse();
		assertThat(result.assignments()).hasSize(4);
	}

	@Test
	void returnsAValidAssignmentWhenTimeRunsOutInsteadOfNone() {
		RoutingSettings hurried = new RoutingSettings(2, 1, CostWeights.defaults(), Duration.ofNanos(1), 2);
		RoutingRequest fromA = new RoutingRequest("ra", "a", Set.of("en"), Set.of(), REVIEW, Set.of());
		RoutingRequest fromB = new RoutingRequest("rb", "b", Set.of("en"), Set.of(), REVIEW, Set.of());
		List<Candidate> pool = List.of(reviewer("a1", "a"), reviewer("b1", "b"), reviewer("c1", "c"));

		RoutingResult result = new Router(hurried, HardRules.standard()).route(List.of(fromA, fromB), pool,
				RoutingContext.empty(), progress::add);

		assertThat(result.outcome()).isIn(RoutingResult.Outcome.TIMED_OUT, RoutingResult.Outcome.OPTIMAL);
		assertThat(result.assignments()).hasSize(2);
	}

	@Test
	void aCancelledRunStopsAndKeepsTheFlowsRepairedAssignment() {
		RoutingSettings two = new RoutingSettings(2, 1, CostWeights.defaults(), Duration.ofSeconds(30), 2);
		RoutingRequest fromA = new RoutingRequest("ra", "a", Set.of("en"), Set.of(), REVIEW, Set.of());
		RoutingRequest fromB = new RoutingRequest("rb", "b", Set.of("en"), Set.of(), REVIEW, Set.of());
		List<Candidate> pool = List.of(reviewer("a1", "a"), reviewer("b1", "b"), reviewer("c1", "c"));
		java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();

		RoutingResult result = new Router(two, HardRules.standard()).route(List.of(fromA, fromB), pool,
				RoutingContext.empty(), step -> {
					progress.add(step);
					cancel.compareAndSet(false, step.phase().startsWith("flow"));
				}, cancel::get);

		assertThat(result.outcome()).isEqualTo(RoutingResult.Outcome.CANCELLED);
		assertThat(result.assignments()).hasSize(2);
		assertThat(result.unrouted()).singleElement()
			.extracting(Unrouted::reason)
			.isEqualTo(Unrouted.Reason.CANCELLED);
	}

	@Test
	void aRunCancelledBeforeItStartsRoutesNothing() {
		RoutingRequest request = new RoutingRequest("r1", "a", Set.of("en"), Set.of(), REVIEW, Set.of());
		List<Candidate> pool = List.of(reviewer("b1", "b"), reviewer("c1", "c"), reviewer("d1", "d"));

		RoutingResult result = router.route(List.of(request), pool, RoutingContext.empty(), progress::add,
				() -> true);

		assertThat(result.outcome()).isEqualTo(RoutingResult.Outcome.CANCELLED);
		assertThat(result.assignments()).isEmpty();
		assertThat(result.unrouted()).extracting(Unrouted::reason).containsExactly(Unrouted.Reason.CANCELLED);
	}

	@Test
	void aHubCityTakesNoMoreSeatsThanItsCapPerCycleLeavesOnTheFlowsFastPath() {
		List<Candidate> pool = new ArrayList<>();
		for (int v = 0; v < 4; v++) {
			pool.add(new Candidate("hub" + v, "hub", Set.of("hub"), Set.of("nl"), Set.of(), 4, 0, List.of(), Set.of()));
		}
		for (String city : List.of("b", "c", "d", "e", "f", "g")) {
			pool.add(reviewer(city + "1", city));
		}
		List<RoutingRequest> requests = new ArrayList<>();
		for (int r = 0; r < 4; r++) {
			requests.add(new RoutingRequest("r" + r, "x" + r, Set.of("nl"), Set.of(), REVIEW, Set.of()));
		}
		// the hub's reviewers read Dutch and would take one seat on every request; 1 seat taken earlier, cap 3
		var context = new RoutingContext(Set.of(), Set.of(), Set.of(), Map.of(), Map.of("hub", 1));
		// total cost alone after staffing: with fair panels the flow's optimum is not the fairest here
		var settings = new RoutingSettings(2, 1, CostWeights.defaults(), Duration.ofSeconds(10), 8, 3, false);

		RoutingResult result = new Router(settings, HardRules.standard()).route(requests, pool, context, progress::add);

		assertThat(result.outcome()).isEqualTo(RoutingResult.Outcome.OPTIMAL);
		assertThat(result.assignments()).hasSize(8);
		assertThat(result.assignments()).filteredOn(a -> a.reviewerCityId().equals("hub")).hasSize(2);
		assertThat(progress).extracting(RoutingProgress::phase).doesNotContain("staff", "cost");
		var uncapped = new RoutingSettings(2, 1, CostWeights.defaults(), Duration.ofSeconds(10), 8, 100, false);
		assertThat(new Router(uncapped, HardRules.standard()).route(requests, pool, context, step -> {
		}).assignments()).filteredOn(a -> a.reviewerCityId().equals("hub")).hasSize(4);
	}

	@Test
	void reportsProgressWhileCheckingEligibilityNotOnlyAfterwards() {
		List<RoutingRequest> requests = new ArrayList<>();
		for (int r = 0; r < 40; r++) {
			requests.add(new RoutingRequest("r" + r, "z" + r, Set.of("en"), Set.of(), REVIEW, Set.of()));
		}
		List<Candidate> pool = List.of(reviewer("b1", "b"), reviewer("c1", "c"), reviewer("d1", "d"));

		router.route(requests, pool, RoutingContext.empty(), progress::add);

		assertThat(progress).filteredOn(step -> step.phase().equals("eligibility"))
			.extracting(RoutingProgress::requests)
			.hasSizeGreaterThan(10)
			.contains(2, 40);
	}

}
