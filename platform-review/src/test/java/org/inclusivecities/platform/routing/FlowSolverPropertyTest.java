package org.inclusivecities.platform.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.inclusivecities.platform.routing.FlowInstance.Arc;

import static org.assertj.core.api.Assertions.assertThat;

/** The flow model against brute force on many small random instances (seeded, reproducible). */
class FlowSolverPropertyTest {

	static FlowInstance randomInstance(Random random) {
		int requests = 1 + random.nextInt(3);
		int candidates = 2 + random.nextInt(5);
		int cities = 2 + random.nextInt(3);
		int demand = 2 + random.nextInt(2);
		int maxPerCity = 1 + random.nextInt(demand - 1);
		int[] candidateCity = new int[candidates];
		int[] remaining = new int[candidates];
		int[] load = new int[candidates];
		for (int c = 0; c < candidates; c++) {
			candidateCity[c] = random.nextInt(cities);
			remaining[c] = 1 + random.nextInt(2);
			load[c] = random.nextInt(3);
		}
		int[] cityLoad = new int[cities];
		for (int c = 0; c < cities; c++) {
			cityLoad[c] = random.nextInt(4);
		}
		return new FlowInstance(requests, demand, maxPerCity, candidateCity, remaining, load, cities, cityLoad,
				random.nextInt(5), random.nextInt(4));
	}

	static List<Arc> randomArcs(Random random, FlowInstance instance) {
		List<Arc> arcs = new ArrayList<>();
		for (int r = 0; r < instance.requests(); r++) {
			for (int c = 0; c < instance.candidates(); c++) {
				if (random.nextInt(4) > 0) {
					arcs.add(new Arc(r, c, random.nextInt(60)));
				}
			}
		}
		return arcs;
	}

	@Test
	void costAndFeasibilityEqualTheBruteForceOptimum() {
		for (long seed = 1; seed <= 400; seed++) {
			Random random = new Random(seed);
			FlowInstance instance = randomInstance(random);
			List<Arc> arcs = randomArcs(random, instance);

			FlowSolution solution = new FlowSolver().solve(instance, arcs);
			BruteForce.Best best = new BruteForce(instance, arcs, chosen -> true).solve();

			assertThat(solution.chosen().size()).as("seed %d filled seats", seed).isEqualTo(best.filled());
			assertThat(solution.cost()).as("seed %d cost", seed).isEqualTo(best.cost());
			assertThat(solution.unfilledSeats() == 0)
				.as("seed %d feasibility", seed)
				.isEqualTo(best.filled() == instance.requests() * instance.demand());
		}
	}

	/** The same instance with minimum loads of 0–3 and a penalty of 1–20 per review short of them. */
	static FlowInstance withMinimums(FlowInstance instance, Random random) {
		int[] minimum = new int[instance.candidates()];
		for (int c = 0; c < minimum.length; c++) {
			minimum[c] = random.nextInt(4);
		}
		return new FlowInstance(instance.requests(), instance.demand(), instance.maxPerCity(), instance.candidateCity(),
				instance.remaining(), instance.load(), instance.cities(), instance.cityLoad(), instance.reviewerStep(),
				instance.cityStep(), instance.citySeatsLeft(), minimum, 1 + random.nextInt(20));
	}

	@Test
	void withMinimumLoadsCostAndFeasibilityEqualTheBruteForceOptimum() {
		int penalised = 0;
		int certified = 0;
		for (long seed = 1; seed <= 300; seed++) {
			Random random = new Random(seed);
			FlowInstance instance = withMinimums(randomInstance(random), random);
			List<Arc> arcs = randomArcs(random, instance);

			FlowSolution solution = new FlowSolver().solve(instance, arcs);
			BruteForce withMinimums = new BruteForce(instance, arcs, chosen -> true);
			BruteForce.Best best = withMinimums.solve();
			BruteForce.Best ignoringMinimums = new BruteForce(new FlowInstance(instance.requests(), instance.demand(),
					instance.maxPerCity(), instance.candidateCity(), instance.remaining(), instance.load(),
					instance.cities(), instance.cityLoad(), instance.reviewerStep(), instance.cityStep(),
					instance.citySeatsLeft()), arcs, chosen -> true).solve();

			assertThat(solution.chosen().size()).as("seed %d filled seats", seed).isEqualTo(best.filled());
			assertThat(solution.cost()).as("seed %d cost", seed).isEqualTo(best.cost());
			if (ignoringMinimums.filled() == best.filled()
					&& withMinimums.objective(ignoringMinimums.chosen()) > best.cost()) {
				penalised++;
			}
			if (solution.certified()) {
				certified++;
				for (Arc arc : arcs) {
					if (!solution.chosen().contains(arc)) {
						assertThat(solution.reducedCost(arc)).as("seed %d arc %s", seed, arc).isGreaterThan(-1e-6);
					}
				}
			}
		}
		assertThat(penalised).as("instances where the minimums change the best assignment").isGreaterThan(20);
		assertThat(certified).as("most solutions come with a usable certificate").isGreaterThan(200);
	}

	@Test
	void whenCertifiedThePotentialsPriceEveryArcNonNegative() {
		int certified = 0;
		for (long seed = 1; seed <= 200; seed++) {
			Random random = new Random(seed);
			FlowInstance instance = randomInstance(random);
			List<Arc> arcs = randomArcs(random, instance);

			FlowSolution solution = new FlowSolver().solve(instance, arcs);
			if (!solution.certified()) {
				continue;
			}
			certified++;
			for (Arc arc : arcs) {
				if (!solution.chosen().contains(arc)) {
					assertThat(solution.reducedCost(arc)).as("seed %d arc %s", seed, arc).isGreaterThan(-1e-6);
				}
			}
		}
		assertThat(certified).as("most solutions come with a usable certificate").isGreaterThan(150);
	}

}
