package org.inclusivecities.platform.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Applies the hard rules to every (request, candidate) pair: the eligible pairs become options with their
 * preference cost; the refused ones are counted against the first rule that refused them. Requests are
 * checked in parallel (the rules are stateless) and options are stored compactly, since a network-sized run
 * checks millions of pairs.
 */
final class Eligibility {

	final List<Options> options;

	final List<Map<String, Integer>> removed;

	final int[] eligibleCities;

	Eligibility(List<RoutingRequest> requests, List<Candidate> candidates, RoutingContext context, HardRules rules,
			PreferenceCosts costs) {
		Options[] found = new Options[requests.size()];
		int[][] counts = new int[requests.size()][];
		eligibleCities = new int[requests.size()];
		Map<String, Integer> cityIndex = new java.util.HashMap<>();
		int[] cityOf = new int[candidates.size()];
		for (int c = 0; c < candidates.size(); c++) {
			cityOf[c] = cityIndex.computeIfAbsent(candidates.get(c).cityId(), k -> cityIndex.size());
		}
		List<HardRule> all = rules.all();
		IntStream.range(0, requests.size()).parallel().forEach(r -> {
			RoutingRequest request = requests.get(r);
			int[] refused = new int[all.size()];
			Options eligible = new Options();
			BitSet cities = new BitSet(cityIndex.size());
			for (int c = 0; c < candidates.size(); c++) {
				Candidate candidate = candidates.get(c);
				int violation = rules.firstViolationIndex(request, candidate, context);
				if (violation >= 0) {
					refused[violation]++;
				}
				else {
					eligible.add(c, costs.cost(request, candidate, context));
					cities.set(cityOf[c]);
				}
			}
			found[r] = eligible;
			counts[r] = refused;
			eligibleCities[r] = cities.cardinality();
		});
		options = Arrays.asList(found);
		removed = new ArrayList<>();
		for (int[] refused : counts) {
			Map<String, Integer> byRule = new LinkedHashMap<>();
			for (int i = 0; i < all.size(); i++) {
				byRule.put(all.get(i).id(), refused[i]);
			}
			removed.add(byRule);
		}
	}

	/** A request's eligible candidates and their preference costs, as parallel arrays. */
	static final class Options {

		int[] candidate = new int[16];

		long[] cost = new long[16];

		int size;

		void add(int c, long value) {
			if (size == candidate.length) {
				candidate = Arrays.copyOf(candidate, size * 2);
				cost = Arrays.copyOf(cost, size * 2);
			}
			candidate[size] = c;
			cost[size++] = value;
		}

	}

}
