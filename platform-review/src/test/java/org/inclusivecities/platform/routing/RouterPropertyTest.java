package org.inclusivecities.platform.routing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.routing.FlowInstance.Arc;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole router on many small random networks (seeded): no hard rule is ever broken, the cost equals the
 * brute-force optimum when the router claims optimality, and its feasibility agrees with brute force.
 */
class RouterPropertyTest {

	static final Period REVIEW = new Period(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));

	record Instance(List<RoutingRequest> requests, List<Candidate> candidates, RoutingContext context,
			Set<CityPair> recent, RoutingSettings settings) {
	}

	static Instance random(Random random) {
		int cities = 3 + random.nextInt(3);
		List<String> languages = List.of("en", "nl", "fr");
		List<String> topics = List.of("cafe", "jobs", "housing");
		Set<CityPair> ties = new HashSet<>();
		Set<CityPair> recent = new HashSet<>();
		for (int i = 0; i < 2; i++) {
			if (random.nextBoolean()) {
				ties.add(new CityPair("c" + random.nextInt(cities), "c" + random.nextInt(cities)));
			}
			if (random.nextBoolean()) {
				recent.add(new CityPair("c" + random.nextInt(cities), "c" + random.nextInt(cities)));
			}
		}
		List<Candidate> candidates = new ArrayList<>();
		int count = 3 + random.nextInt(4);
		for (int i = 0; i < count; i++) {
			String city = "c" + random.nextInt(cities);
			List<Period> away = random.nextInt(5) == 0 ? List.of(REVIEW) : List.of();
			Set<String> conflicts = random.nextInt(4) == 0 ? Set.of("c" + random.nextInt(cities)) : Set.of();
			int cap = 1 + random.nextInt(2);
			candidates.add(new Candidate("v" + i, city, Set.of(city), Set.of(languages.get(random.nextInt(3))),
					Set.of(topics.get(random.nextInt(3))), cap, random.nextInt(cap + 1), away, conflicts));
		}
		List<RoutingRequest> requests = new ArrayList<>();
		int requestCount = 1 + random.nextInt(3);
		for (int r = 0; r < requestCount; r++) {
			requests.add(new RoutingRequest("r" + r, "c" + random.nextInt(cities),
					Set.of(languages.get(random.nextInt(3))), Set.of(topics.get(random.nextInt(3))), REVIEW,
					random.nextInt(5) == 0 ? Set.of("v0") : Set.of()));
		}
		Map<String, Integer> cityLoad = new HashMap<>();
		for (int c = 0; c < cities; c++) {
			cityLoad.put("c" + c, random.nextInt(3));
		}
		var context = new RoutingContext(ties, recent, Set.of(new RoutingContext.ReviewerCity("v1", "c0")),
				cityLoad);
		int demand = 2 + random.nextInt(2);
		RoutingSettings settings = new RoutingSettings(demand, 1 + random.nextInt(demand - 1),
				CostWeights.defaults(), Duration.ofSeconds(20), 1 + random.nextInt(3));
		return new Instance(requests, candidates, context, recent, settings);
	}

	@Test
	void neverBreaksAHardRuleAndMatchesBruteForce() {
		int optimalRuns = 0;
		for (long seed = 1; seed <= 500; seed++) {
			Instance instance = random(new Random(seed));
			RoutingResult result = new Router(instance.settings(), HardRules.standard()).route(instance.requests(),
					instance.candidates(), instance.context(), step -> {
					});

			assertValid(seed, instance, result);

			int seats = instance.requests().size() * instance.settings().reviewersPerRequest();
			BruteForce.Best all = bruteForce(instance, instance.requests(), true);
			boolean split = result.progress()
				.stream()
				.anyMatch(p -> p.phase().equals("split") || p.phase().equals("orient"));
			if (result.unrouted().isEmpty()) {
				assertThat(all.filled()).as("seed %d feasible", seed).isEqualTo(seats);
			}
			else if (!split) {
				assertThat(bruteForce(instance, instance.requests(), false).filled()).as("seed %d infeasible", seed)
					.isLessThan(seats);
			}
			if (result.outcome() == RoutingResult.Outcome.OPTIMAL) {
				optimalRuns++;
				assertThat(result.unrouted()).extracting(Unrouted::reason)
					.as("seed %d", seed)
					.allMatch(reason -> reason == Unrouted.Reason.TOO_FEW_ELIGIBLE);
				Set<String> hopeless = new HashSet<>(result.unrouted().stream().map(Unrouted::requestId).toList());
				List<RoutingRequest> staffable = instance.requests()
					.stream()
					.filter(r -> !hopeless.contains(r.requestId()))
					.toList();
				BruteForce.Best best = bruteForce(instance, staffable, true);
				assertThat(best.filled()).as("seed %d staffable", seed)
					.isEqualTo(staffable.size() * instance.settings().reviewersPerRequest());
				assertThat(result.cost()).as("seed %d cost", seed).isEqualTo(best.cost());
			}
		}
		assertThat(optimalRuns).as("enough feasible instances to mean something").isGreaterThan(50);
	}

	private static BruteForce.Best bruteForce(Instance instance, List<RoutingRequest> requests, boolean strict) {
		Run run = new Run(instance.settings(), requests, instance.candidates(), instance.context(), step -> {
		});
		Eligibility eligibility = new Eligibility(requests, instance.candidates(), instance.context(),
				HardRules.standard(), new PreferenceCosts(instance.settings().weights()));
		List<Arc> arcs = new ArrayList<>();
		for (int r = 0; r < requests.size(); r++) {
			var options = eligibility.options.get(r);
			for (int j = 0; j < options.size; j++) {
				arcs.add(new Arc(r, options.candidate[j], options.cost[j]));
			}
		}
		return new BruteForce(run.instance(requests.size()), arcs,
				chosen -> !strict || noReciprocity(instance, requests, chosen))
			.solve();
	}

	private static boolean noReciprocity(Instance instance, List<RoutingRequest> requests, List<Arc> chosen) {
		Set<CityPair> pairs = new HashSet<>();
		for (Arc arc : chosen) {
			pairs.add(new CityPair(instance.candidates().get(arc.candidate()).cityId(),
					requests.get(arc.request()).cityId()));
		}
		return pairs.stream().noneMatch(p -> pairs.contains(p.reversed()));
	}

	private static void assertValid(long seed, Instance instance, RoutingResult result) {
		Map<String, Candidate> byId = new HashMap<>();
		instance.candidates().forEach(c -> byId.put(c.reviewerId(), c));
		Map<String, Integer> load = new HashMap<>();
		Set<CityPair> reviews = new HashSet<>();
		for (RoutingRequest request : instance.requests()) {
			List<Assignment> assigned = result.assignmentsOf(request.requestId());
			if (assigned.isEmpty()) {
				assertThat(result.unrouted()).extracting(Unrouted::requestId)
					.as("seed %d", seed)
					.contains(request.requestId());
				continue;
			}
			assertThat(assigned).as("seed %d full", seed).hasSize(instance.settings().reviewersPerRequest());
			Map<String, Integer> perCity = new HashMap<>();
			for (Assignment a : assigned) {
				Candidate candidate = byId.get(a.reviewerId());
				assertThat(HardRules.standard().firstViolation(request, candidate, instance.context()))
					.as("seed %d rule", seed)
					.isEmpty();
				load.merge(a.reviewerId(), 1, Integer::sum);
				perCity.merge(a.reviewerCityId(), 1, Integer::sum);
				reviews.add(new CityPair(a.reviewerCityId(), request.cityId()));
			}
			assertThat(perCity.size()).as("seed %d cities", seed).isGreaterThanOrEqualTo(2);
			assertThat(perCity.values()).as("seed %d per city", seed)
				.allMatch(n -> n <= instance.settings().maxReviewersPerCity());
			assertThat(assigned).extracting(Assignment::reviewerId).doesNotHaveDuplicates();
		}
		load.forEach((id, n) -> assertThat(byId.get(id).activeReviews() + n).as("seed %d cap", seed)
			.isLessThanOrEqualTo(byId.get(id).maxConcurrentReviews()));
		reviews.forEach(pair -> assertThat(reviews).as("seed %d reciprocal", seed).doesNotContain(pair.reversed()));
	}

}
