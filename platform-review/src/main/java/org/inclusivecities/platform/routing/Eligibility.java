package org.inclusivecities.platform.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Applies the hard rules to every (request, candidate) pair: the eligible pairs become options with their
 * preference cost; the refused ones are counted against the first rule that refused them. City-level rules
 * ({@link HardRule#cityLevel()}) are checked once per (requesting city, reviewer affiliation) and looked up per
 * pair; the others are checked per pair, in rule order, only while no earlier rule has refused. Requests are
 * checked in parallel (the rules are stateless) and options are stored compactly, since a network-sized run
 * checks millions of pairs.
 */
final class Eligibility {

	final List<Options> options;

	final List<Map<String, Integer>> removed;

	final int[] eligibleCities;

	/**
	 * Per request, the most seats its eligible reviewers can fill with at most the per-city cap from one city
	 * (the sum over cities of min(eligible reviewers, cap, seats the city may still take this cycle)); with the
	 * caps given to the constructor.
	 */
	final int[] seatsWithinCap;

	/** True when the run was cancelled before every request was checked (the options are then incomplete). */
	final boolean stopped;

	Eligibility(List<RoutingRequest> requests, List<Candidate> candidates, RoutingContext context, HardRules rules,
			PreferenceCosts costs) {
		this(requests, candidates, context, rules, costs, 1, city -> Integer.MAX_VALUE, () -> false, checked -> {
		});
	}

	/**
	 * Checks requests in parallel; between requests it looks at {@code stop}, so a cancelled run ends within
	 * one request's checks, and it tells {@code checked} how many requests are done after every twentieth of them
	 * (at 10× the benchmark's size this phase takes minutes under load, so it reports progress as it goes).
	 */
	Eligibility(List<RoutingRequest> requests, List<Candidate> candidates, RoutingContext context, HardRules rules,
			PreferenceCosts costs, int maxPerCity, java.util.function.ToIntFunction<String> citySeatsLeft,
			java.util.function.BooleanSupplier stop, java.util.function.IntConsumer checked) {
		List<HardRule> all = rules.all();
		if (all.size() > 62) {
			throw new IllegalArgumentException("At most 62 hard rules");
		}
		Options[] found = new Options[requests.size()];
		int[][] counts = new int[requests.size()][];
		eligibleCities = new int[requests.size()];
		seatsWithinCap = new int[requests.size()];
		Map<String, Integer> cityIndex = new HashMap<>();
		int[] cityOf = new int[candidates.size()];
		Map<Affiliation, Integer> affiliationIndex = new HashMap<>();
		List<Candidate> affiliations = new ArrayList<>();
		int[] affiliationOf = new int[candidates.size()];
		for (int c = 0; c < candidates.size(); c++) {
			Candidate candidate = candidates.get(c);
			cityOf[c] = cityIndex.computeIfAbsent(candidate.cityId(), k -> cityIndex.size());
			affiliationOf[c] = affiliationIndex.computeIfAbsent(
					new Affiliation(candidate.cityId(), candidate.memberOf()), k -> {
						affiliations.add(candidate);
						return affiliations.size() - 1;
					});
		}
		int[] cityCap = new int[cityIndex.size()];
		cityIndex.forEach((city, index) -> cityCap[index] = Math.min(maxPerCity, citySeatsLeft.applyAsInt(city)));
		int[] pairRules = IntStream.range(0, all.size()).filter(i -> !all.get(i).cityLevel()).toArray();
		Map<String, long[]> cityMasks = cityMasks(requests, affiliations, context, all);
		PreferenceCosts.Table costTable = costs.table(requests, candidates, context);
		java.util.concurrent.atomic.AtomicBoolean halted = new java.util.concurrent.atomic.AtomicBoolean();
		java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
		int every = Math.max(1, requests.size() / 20);
		// one scratch row per thread: a request's options are copied out at their exact size (no doubling slack)
		ThreadLocal<Options> scratch = ThreadLocal.withInitial(() -> new Options(candidates.size()));
		IntStream.range(0, requests.size()).parallel().forEach(r -> {
			if (halted.get() || stop.getAsBoolean()) {
				halted.set(true);
				found[r] = new Options();
				counts[r] = new int[all.size()];
				return;
			}
			RoutingRequest request = requests.get(r);
			long[] refusedByCity = cityMasks.get(request.cityId());
			int[] refused = new int[all.size()];
			Options eligible = scratch.get();
			eligible.size = 0;
			int[] perCity = new int[cityIndex.size()];
			for (int c = 0; c < candidates.size(); c++) {
				long mask = refusedByCity[affiliationOf[c]];
				int first = mask == 0 ? Integer.MAX_VALUE : Long.numberOfTrailingZeros(mask);
				for (int i : pairRules) {
					if (i > first) {
						break;
					}
					if (!all.get(i).allows(request, candidates.get(c), context)) {
						first = i;
						break;
					}
				}
				if (first != Integer.MAX_VALUE) {
					refused[first]++;
				}
				else {
					eligible.add(c, costTable.cost(r, c));
					perCity[cityOf[c]]++;
				}
			}
			found[r] = eligible.trimmed();
			counts[r] = refused;
			eligibleCities[r] = (int) Arrays.stream(perCity).filter(n -> n > 0).count();
			int seats = 0;
			for (int city = 0; city < perCity.length; city++) {
				seats += Math.min(perCity[city], cityCap[city]);
			}
			seatsWithinCap[r] = seats;
			int n = done.incrementAndGet();
			if (n % every == 0 && n < requests.size()) {
				checked.accept(n);
			}
		});
		stopped = halted.get();
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

	/**
	 * For each requesting city, per reviewer affiliation, the city-level rules that refuse it (bit i = rule i),
	 * checked on one request of that city and one candidate of that affiliation.
	 */
	private static Map<String, long[]> cityMasks(List<RoutingRequest> requests, List<Candidate> affiliations,
			RoutingContext context, List<HardRule> all) {
		Map<String, RoutingRequest> byCity = new HashMap<>();
		requests.forEach(request -> byCity.putIfAbsent(request.cityId(), request));
		Map<String, long[]> masks = new HashMap<>();
		byCity.forEach((city, request) -> {
			long[] refused = new long[affiliations.size()];
			for (int a = 0; a < affiliations.size(); a++) {
				for (int i = 0; i < all.size(); i++) {
					if (all.get(i).cityLevel() && !all.get(i).allows(request, affiliations.get(a), context)) {
						refused[a] |= 1L << i;
					}
				}
			}
			masks.put(city, refused);
		});
		return masks;
	}

	/** What city-level rules look at on the reviewer's side. */
	private record Affiliation(String cityId, Set<String> memberOf) {
	}

	/**
	 * A request's eligible candidates and their preference costs, as parallel arrays of exactly {@code size}: 8 bytes
	 * per option (a preference cost is a sum of a few small weights, so an int holds it).
	 */
	static final class Options {

		int[] candidate;

		int[] cost;

		int size;

		Options() {
			this(16);
		}

		private Options(int capacity) {
			candidate = new int[capacity];
			cost = new int[capacity];
		}

		void add(int c, long value) {
			if (size == candidate.length) {
				candidate = Arrays.copyOf(candidate, Math.max(16, size * 2));
				cost = Arrays.copyOf(cost, candidate.length);
			}
			candidate[size] = c;
			cost[size++] = Math.toIntExact(value);
		}

		/** A copy holding only the options added. */
		Options trimmed() {
			Options copy = new Options(0);
			copy.candidate = Arrays.copyOf(candidate, size);
			copy.cost = Arrays.copyOf(cost, size);
			copy.size = size;
			return copy;
		}

	}

}
