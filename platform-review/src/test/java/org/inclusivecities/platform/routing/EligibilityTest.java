package org.inclusivecities.platform.routing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.inclusivecities.platform.pool.Period;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast eligibility pass (city-level rules checked once per pair of cities) against the plain one: every
 * rule on every (request, candidate) pair, first refusing rule counted. Random networks with memberships in
 * several cities, ties, recent reviews, conflicts, exclusions, caps and unavailable periods; requests in one
 * or two languages, with or without topics (so the precomputed preference costs are compared too).
 */
class EligibilityTest {

	@Test
	void sameOptionsCostsAndDiagnosticsAsCheckingEveryRuleOnEveryPair() {
		HardRules rules = HardRules.standard();
		PreferenceCosts costs = new PreferenceCosts(CostWeights.defaults());
		int refusedByCityRules = 0;
		for (long seed = 1; seed <= 300; seed++) {
			Random random = new Random(seed);
			int cities = 2 + random.nextInt(6);
			Set<CityPair> ties = new HashSet<>();
			Set<CityPair> recent = new HashSet<>();
			for (int i = 0; i < cities; i++) {
				ties.add(new CityPair(city(random, cities), city(random, cities)));
				recent.add(new CityPair(city(random, cities), city(random, cities)));
			}
			Period review = new Period(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));
			List<Candidate> candidates = new ArrayList<>();
			for (int v = 0; v < 2 + random.nextInt(12); v++) {
				String city = city(random, cities);
				Set<String> memberOf = new HashSet<>(Set.of(city));
				if (random.nextInt(3) == 0) {
					memberOf.add(city(random, cities));
				}
				int cap = 1 + random.nextInt(2);
				candidates.add(new Candidate("v" + v, city, memberOf, Set.of(random.nextBoolean() ? "en" : "nl"),
						Set.of(random.nextBoolean() ? "jobs" : "cafe"), cap, random.nextInt(cap + 1),
						random.nextInt(5) == 0 ? List.of(review) : List.of(),
						random.nextInt(4) == 0 ? Set.of(city(random, cities)) : Set.of()));
			}
			List<RoutingRequest> requests = new ArrayList<>();
			for (int r = 0; r < 1 + random.nextInt(5); r++) {
				requests.add(new RoutingRequest("r" + r, city(random, cities),
						random.nextBoolean() ? Set.of("en") : Set.of("fr", "nl"),
						random.nextInt(3) == 0 ? Set.of() : Set.of("jobs"), review,
						random.nextInt(3) == 0 ? Set.of("v0") : Set.of()));
			}
			var context = new RoutingContext(ties, recent, Set.of(new RoutingContext.ReviewerCity("v1", "c0")),
					Map.of());

			Eligibility fast = new Eligibility(requests, candidates, context, rules, costs);

			for (int r = 0; r < requests.size(); r++) {
				Map<String, Integer> removed = new HashMap<>();
				rules.ids().forEach(id -> removed.put(id, 0));
				List<Long> expected = new ArrayList<>();
				for (int c = 0; c < candidates.size(); c++) {
					int first = rules.firstViolationIndex(requests.get(r), candidates.get(c), context);
					if (first >= 0) {
						removed.merge(rules.ids().get(first), 1, Integer::sum);
						refusedByCityRules += rules.all().get(first).cityLevel() ? 1 : 0;
					}
					else {
						expected.add(c * 1000L + costs.cost(requests.get(r), candidates.get(c), context));
					}
				}
				var options = fast.options.get(r);
				List<Long> actual = new ArrayList<>();
				for (int j = 0; j < options.size; j++) {
					actual.add(options.candidate[j] * 1000L + options.cost[j]);
				}
				assertThat(actual).as("seed %d request %d options", seed, r).isEqualTo(expected);
				assertThat(fast.removed.get(r)).as("seed %d request %d diagnostics", seed, r).isEqualTo(removed);
			}
		}
		assertThat(refusedByCityRules).as("the city-level rules refuse something").isGreaterThan(100);
	}

	private static String city(Random random, int cities) {
		return "c" + random.nextInt(cities);
	}

}
