package org.inclusivecities.platform.routing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.routing.RoutingResult.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole router against a brute-force reference ({@link ExactReference}) on small seeded networks of the
 * three shapes the flow-and-repair router got wrong: tight capacity, cities that request and review each
 * other, several reviewers per city; and a hub city whose reviewers could take most seats but for the cap on a
 * city's seats per cycle (some of them taken up before the run). On every instance: no hard rule broken, the same staffed requests' value
 * (count, then priority), the same optimal cost, and every diagnosis true when checked by brute force with the
 * request forced in. Also with the exact model held to a window of options, where the router may only claim
 * what the flow's reduced costs prove.
 */
class RouterPropertyTest {

	static final Period REVIEW = new Period(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));

	record Instance(List<RoutingRequest> requests, List<Candidate> candidates, RoutingContext context,
			RoutingSettings settings) {
	}

	enum Shape {

		TIGHT_CAPACITY, MUTUAL_CITIES, SEVERAL_PER_CITY,
		/** One city with most reviewers and spare capacity, held back by the cap on a city's seats per cycle. */
		HUB_CITY

	}

	@ParameterizedTest
	@EnumSource(Shape.class)
	void staffsAsManyRequestsAsTheReferenceAtTheSameOptimalCostWithTrueDiagnoses(Shape shape) {
		int contested = 0;
		int hubAtCap = 0;
		for (long seed = 1; seed <= 80; seed++) {
			// fair panels on for odd seeds, off for even ones: both objectives against the reference
			Instance instance = fair(generate(shape, new Random(seed * 31 + shape.ordinal())), seed % 2 == 1);
			ExactReference reference = reference(instance);
			ExactReference.Optimum optimum = reference.solve(-1);
			RoutingResult result = new Router(instance.settings(), HardRules.standard()).route(instance.requests(),
					instance.candidates(), instance.context(), step -> {
					});
			String as = shape + " seed " + seed;

			assertTheReferenceOptimum(as, instance, reference, optimum, result);
			if (optimum.staffed() < instance.requests().size()
					&& result.unrouted().stream().anyMatch(u -> u.reason() == Unrouted.Reason.DISPLACES_OTHERS)) {
				contested++;
			}
			long hubSeats = result.assignments().stream().filter(a -> a.reviewerCityId().equals("c0")).count();
			if (hubSeats + instance.context().citySeatsThisCycle("c0") == instance.settings().citySeatsPerCycle()) {
				hubAtCap++;
			}
		}
		assertThat(contested).as("instances where requests compete, so the test means something").isGreaterThan(10);
		if (shape == Shape.HUB_CITY) {
			assertThat(hubAtCap).as("instances where the hub city's cap per cycle binds").isGreaterThan(10);
		}
	}

	@ParameterizedTest
	@EnumSource(Shape.class)
	void aWindowOfOptionsClaimsOnlyWhatTheReducedCostsProve(Shape shape) {
		int proven = 0;
		for (long seed = 1; seed <= 40; seed++) {
			Instance instance = generate(shape, new Random(seed * 17 + shape.ordinal()));
			ExactReference.Optimum optimum = reference(instance).solve(-1);
			RoutingResult result = new Router(instance.settings(), HardRules.standard(), 0).route(instance.requests(),
					instance.candidates(), instance.context(), step -> {
					});
			String as = shape + " window seed " + seed;

			assertValid(as, instance, result);
			Set<String> staffed = staffed(instance, result);
			assertThat(staffed.size()).as(as).isLessThanOrEqualTo(optimum.staffed());
			if (result.outcome() == Outcome.OPTIMAL) {
				proven++;
				assertThat(staffed).as(as + " staffed").isEqualTo(staffed(instance, optimum));
				assertThat(result.cost()).as(as + " cost").isEqualTo(optimum.cost());
			}
			if (result.bound() >= 0 && staffed.equals(staffed(instance, optimum))) {
				assertThat(result.bound()).as(as + " bound").isLessThanOrEqualTo(optimum.cost());
			}
		}
		// the hub shape is built for its cap to bind, so fewer of its instances staff every request (the proof needs it)
		assertThat(proven).as("instances proven through reduced costs").isGreaterThan(shape == Shape.HUB_CITY ? 2 : 5);
	}

	@ParameterizedTest
	@EnumSource(Shape.class)
	void fairPanelsMinimiseTheWorstPanelBeforeTheTotalCost(Shape shape) {
		int fairer = 0;
		for (long seed = 1; seed <= 30; seed++) {
			Instance instance = fair(generate(shape, new Random(seed * 13 + shape.ordinal())), true);
			ExactReference.Optimum optimum = reference(instance).solve(-1);
			ExactReference.Optimum cheapest = reference(fair(instance, false)).solve(-1);
			RoutingResult result = new Router(instance.settings(), HardRules.standard()).route(instance.requests(),
					instance.candidates(), instance.context(), step -> {
					});
			String as = shape + " fair seed " + seed;

			assertValid(as, instance, result);
			assertThat(result.outcome()).as(as).isEqualTo(Outcome.OPTIMAL);
			assertThat(staffed(instance, result)).as(as + " staffed").isEqualTo(staffed(instance, optimum));
			assertThat(result.worstPanel()).as(as + " worst panel").isEqualTo(optimum.worst());
			assertThat(result.cost()).as(as + " cost").isEqualTo(optimum.cost());
			assertThat(cheapest.worst()).as(as + " the cheapest is no fairer").isGreaterThanOrEqualTo(optimum.worst());
			assertThat(cheapest.cost()).as(as + " fairness is never cheaper").isLessThanOrEqualTo(optimum.cost());
			if (cheapest.cost() < optimum.cost()) {
				fairer++;
			}
		}
		assertThat(fairer).as("instances where only a dearer assignment has the least worst panel").isPositive();
	}

	@ParameterizedTest
	@EnumSource(Shape.class)
	void withWishesAndMinimumLoadsTheSameOptimumAsTheReference(Shape shape) {
		int moved = 0;
		for (long seed = 1; seed <= 60; seed++) {
			Instance plain = fair(generate(shape, new Random(seed * 37 + shape.ordinal())), seed % 2 == 1);
			Instance instance = withWishes(plain, new Random(seed * 41 + shape.ordinal()));
			ExactReference reference = reference(instance);
			ExactReference.Optimum optimum = reference.solve(-1);
			RoutingResult result = new Router(instance.settings(), HardRules.standard()).route(instance.requests(),
					instance.candidates(), instance.context(), step -> {
					});
			String as = shape + " wishes seed " + seed;

			assertTheReferenceOptimum(as, instance, reference, optimum, result);
			for (Assignment a : result.assignments()) {
				Wish wish = instance.context().wish(a.reviewerId(), a.requestId());
				assertThat(a.costTerms()).as(as + " explanation names the wish")
					.containsKey("wish-" + wish.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
			}
			ExactReference.Optimum ignoring = reference(plain).solve(-1);
			if (!java.util.Arrays.deepEquals(optimum.panels(), ignoring.panels())) {
				moved++;
			}
		}
		assertThat(moved).as("instances where wishes and minimums change the best assignment").isGreaterThan(10);
	}

	/**
	 * The instance with a wish from about half the (reviewer, request) pairs (want, or rather not, or an explicit
	 * willing) and a minimum load of 1–3 for about a third of the reviewers.
	 */
	static Instance withWishes(Instance instance, Random random) {
		Map<String, Map<String, Wish>> wishes = new HashMap<>();
		for (Candidate candidate : instance.candidates()) {
			for (RoutingRequest request : instance.requests()) {
				if (random.nextBoolean()) {
					wishes.computeIfAbsent(candidate.reviewerId(), k -> new HashMap<>())
						.put(request.requestId(), Wish.values()[random.nextInt(3)]);
				}
			}
		}
		List<Candidate> candidates = new ArrayList<>();
		for (Candidate c : instance.candidates()) {
			candidates.add(new Candidate(c.reviewerId(), c.cityId(), c.memberOf(), c.languages(), c.expertise(),
					c.maxConcurrentReviews(), c.activeReviews(), c.unavailable(), c.conflictCities(),
					random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0));
		}
		return new Instance(instance.requests(), candidates, instance.context().withWishes(wishes),
				instance.settings());
	}

	static Instance fair(Instance instance, boolean fair) {
		return new Instance(instance.requests(), instance.candidates(), instance.context(),
				instance.settings().withFairPanels(fair));
	}

	/** Valid, proven optimal, the reference's staffed requests, worst panel (when fair) and cost, true diagnoses. */
	private static void assertTheReferenceOptimum(String as, Instance instance, ExactReference reference,
			ExactReference.Optimum optimum, RoutingResult result) {
		assertValid(as, instance, result);
		assertThat(result.outcome()).as(as).isEqualTo(Outcome.OPTIMAL);
		assertThat(staffed(instance, result)).as(as + " staffed").isEqualTo(staffed(instance, optimum));
		if (instance.settings().fairPanels()) {
			assertThat(result.worstPanel()).as(as + " worst panel").isEqualTo(optimum.worst());
		}
		assertThat(result.cost()).as(as + " cost").isEqualTo(optimum.cost());
		assertThat(result.gap()).as(as).isZero();
		assertDiagnosesTrue(as, instance, reference, optimum, result);
	}

	private static void assertDiagnosesTrue(String as, Instance instance, ExactReference reference,
			ExactReference.Optimum optimum, RoutingResult result) {
		Set<String> staffed = staffed(instance, result);
		for (Unrouted unrouted : result.unrouted()) {
			int r = indexOf(instance, unrouted.requestId());
			ExactReference.Optimum forced = reference.solve(r);
			switch (unrouted.reason()) {
				case TOO_FEW_ELIGIBLE -> assertThat(forced).as(as + " " + unrouted.message()).isNull();
				case DISPLACES_OTHERS -> {
					assertThat(forced).as(as + " " + unrouted.message()).isNotNull();
					assertThat(forced.better(optimum)).as(as + " forcing it in is worse").isFalse();
					assertThat(unrouted.displaced()).as(as).isNotEmpty();
					assertThat(staffed).as(as).containsAll(unrouted.displaced());
				}
				default -> throw new AssertionError(as + " unexpected " + unrouted.message());
			}
		}
	}

	static ExactReference reference(Instance instance) {
		return new ExactReference(instance.requests(), instance.candidates(), instance.context(),
				instance.settings());
	}

	private static int indexOf(Instance instance, String requestId) {
		for (int r = 0; r < instance.requests().size(); r++) {
			if (instance.requests().get(r).requestId().equals(requestId)) {
				return r;
			}
		}
		throw new AssertionError(requestId);
	}

	private static Set<String> staffed(Instance instance, RoutingResult result) {
		Set<String> staffed = new HashSet<>();
		result.assignments().forEach(a -> staffed.add(a.requestId()));
		return staffed;
	}

	private static Set<String> staffed(Instance instance, ExactReference.Optimum optimum) {
		Set<String> staffed = new HashSet<>();
		for (int r = 0; r < instance.requests().size(); r++) {
			if (optimum.staffed(r)) {
				staffed.add(instance.requests().get(r).requestId());
			}
		}
		return staffed;
	}

	static Instance generate(Shape shape, Random random) {
		int cities = switch (shape) {
			case TIGHT_CAPACITY -> 4 + random.nextInt(2);
			case MUTUAL_CITIES, HUB_CITY -> 3 + random.nextInt(2);
			case SEVERAL_PER_CITY -> 3;
		};
		List<Candidate> candidates = new ArrayList<>();
		int reviewers = switch (shape) {
			case TIGHT_CAPACITY -> 4 + random.nextInt(3);
			case MUTUAL_CITIES -> cities + random.nextInt(3);
			case SEVERAL_PER_CITY -> 6 + random.nextInt(2);
			case HUB_CITY -> cities + 2 + random.nextInt(2);
		};
		for (int v = 0; v < reviewers; v++) {
			String city = "c" + switch (shape) {
				case TIGHT_CAPACITY -> random.nextInt(cities);
				// every city has one reviewer; the hub c0 has the rest
				case HUB_CITY -> v < cities ? v : 0;
				default -> v % cities;
			};
			int cap = switch (shape) {
				case TIGHT_CAPACITY -> 1 + (random.nextInt(4) == 0 ? 1 : 0);
				case MUTUAL_CITIES -> 2 + random.nextInt(2);
				case SEVERAL_PER_CITY -> 1 + random.nextInt(2);
				case HUB_CITY -> city.equals("c0") ? 2 + random.nextInt(2) : 1 + random.nextInt(2);
			};
			int active = random.nextInt(4) == 0 ? 1 : 0;
			Set<String> conflicts = random.nextInt(6) == 0 ? Set.of("c" + random.nextInt(cities)) : Set.of();
			candidates.add(new Candidate("v" + v, city, Set.of(city), Set.of(random.nextBoolean() ? "en" : "nl"),
					Set.of(random.nextBoolean() ? "cafe" : "jobs"), cap + active, active, List.of(), conflicts));
		}
		int requestCount = switch (shape) {
			case TIGHT_CAPACITY -> 2 + random.nextInt(3);
			case MUTUAL_CITIES -> 2 + random.nextInt(3);
			case SEVERAL_PER_CITY -> 2 + random.nextInt(2);
			case HUB_CITY -> 3 + random.nextInt(2);
		};
		List<RoutingRequest> requests = new ArrayList<>();
		for (int r = 0; r < requestCount; r++) {
			LocalDate deadline = random.nextInt(3) == 0 ? null : LocalDate.of(2027, 6, 1 + random.nextInt(3));
			Instant submitted = random.nextInt(4) == 0 ? null
					: Instant.parse("2026-11-01T00:00:00Z").plus(Duration.ofDays(random.nextInt(3)));
			requests.add(new RoutingRequest("r" + r, "c" + random.nextInt(cities),
					Set.of(random.nextBoolean() ? "en" : "nl"), Set.of(random.nextBoolean() ? "cafe" : "jobs"), REVIEW,
					random.nextInt(6) == 0 ? Set.of("v0") : Set.of(), deadline, submitted));
		}
		Set<CityPair> ties = new HashSet<>();
		Set<CityPair> recent = new HashSet<>();
		if (random.nextInt(3) == 0) {
			ties.add(new CityPair("c" + random.nextInt(cities), "c" + random.nextInt(cities)));
		}
		if (random.nextInt(3) == 0) {
			recent.add(new CityPair("c" + random.nextInt(cities), "c" + random.nextInt(cities)));
		}
		Map<String, Integer> cityLoad = new HashMap<>();
		for (int c = 0; c < cities; c++) {
			cityLoad.put("c" + c, random.nextInt(3));
		}
		Map<String, Integer> seatsThisCycle = new HashMap<>();
		if (shape == Shape.HUB_CITY) {
			seatsThisCycle.put("c0", random.nextInt(3));
			seatsThisCycle.put("c1", random.nextInt(2));
		}
		var context = new RoutingContext(ties, recent, Set.of(new RoutingContext.ReviewerCity("v1", "c0")),
				cityLoad, seatsThisCycle);
		RoutingSettings settings = switch (shape) {
			case TIGHT_CAPACITY -> new RoutingSettings(2 + random.nextInt(2), 1, CostWeights.defaults(),
					Duration.ofSeconds(20), 1 + random.nextInt(3));
			case MUTUAL_CITIES -> new RoutingSettings(2, 1, CostWeights.defaults(), Duration.ofSeconds(20),
					1 + random.nextInt(3));
			case SEVERAL_PER_CITY -> new RoutingSettings(3, 2, CostWeights.defaults(), Duration.ofSeconds(20),
					1 + random.nextInt(3));
			case HUB_CITY -> new RoutingSettings(2, 1, CostWeights.defaults(), Duration.ofSeconds(20),
					1 + random.nextInt(3), 2 + random.nextInt(3));
		};
		// drawn last, so every other part of an instance is what it was before the rule existed
		List<RoutingRequest> withLanguage = new ArrayList<>();
		for (RoutingRequest r : requests) {
			withLanguage.add(new RoutingRequest(r.requestId(), r.cityId(), r.languages(), r.topics(), r.reviewPeriod(),
					r.excludedReviewers(), r.renewalDeadline(), r.submittedAt(), random.nextInt(5) == 0));
		}
		return new Instance(withLanguage, candidates, context, settings);
	}

	static void assertValid(String as, Instance instance, RoutingResult result) {
		Map<String, Candidate> byId = new HashMap<>();
		instance.candidates().forEach(c -> byId.put(c.reviewerId(), c));
		Map<String, Integer> load = new HashMap<>();
		Set<CityPair> reviews = new HashSet<>();
		for (RoutingRequest request : instance.requests()) {
			List<Assignment> assigned = result.assignmentsOf(request.requestId());
			if (assigned.isEmpty()) {
				assertThat(result.unrouted()).extracting(Unrouted::requestId).as(as).contains(request.requestId());
				continue;
			}
			assertThat(result.unrouted()).extracting(Unrouted::requestId).as(as).doesNotContain(request.requestId());
			assertThat(assigned).as(as + " full").hasSize(instance.settings().reviewersPerRequest());
			Map<String, Integer> perCity = new HashMap<>();
			for (Assignment a : assigned) {
				Candidate candidate = byId.get(a.reviewerId());
				assertThat(HardRules.standard().firstViolation(request, candidate, instance.context()))
					.as(as + " rule")
					.isEmpty();
				load.merge(a.reviewerId(), 1, Integer::sum);
				perCity.merge(a.reviewerCityId(), 1, Integer::sum);
				reviews.add(new CityPair(a.reviewerCityId(), request.cityId()));
			}
			assertThat(perCity.size()).as(as + " cities").isGreaterThanOrEqualTo(2);
			assertThat(perCity.values()).as(as + " per city")
				.allMatch(n -> n <= instance.settings().maxReviewersPerCity());
			assertThat(assigned).extracting(Assignment::reviewerId).doesNotHaveDuplicates();
		}
		load.forEach((id, n) -> assertThat(byId.get(id).activeReviews() + n).as(as + " cap")
			.isLessThanOrEqualTo(byId.get(id).maxConcurrentReviews()));
		Map<String, Integer> citySeats = new HashMap<>();
		result.assignments().forEach(a -> citySeats.merge(a.reviewerCityId(), 1, Integer::sum));
		citySeats.forEach((city, n) -> assertThat(instance.context().citySeatsThisCycle(city) + n)
			.as(as + " seats of " + city + " this cycle")
			.isLessThanOrEqualTo(instance.settings().citySeatsPerCycle()));
		reviews.forEach(pair -> assertThat(reviews).as(as + " reciprocal").doesNotContain(pair.reversed()));
	}

}
