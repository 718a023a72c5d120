package org.inclusivecities.platform.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The request ↔ reviewer part of the cost: language, expertise, reuse of the reviewer for the city, and the
 * reviewer's wish for the request ({@link CostWeights#wish}).
 */
final class PreferenceCosts {

	private final CostWeights weights;

	PreferenceCosts(CostWeights weights) {
		this.weights = weights;
	}

	long cost(RoutingRequest request, Candidate candidate, RoutingContext context) {
		long cost = 0;
		if (!sharesAny(request.languages(), candidate.languages())) {
			cost += weights.languageMismatch();
		}
		if (!request.topics().isEmpty() && !sharesAny(request.topics(), candidate.expertise())) {
			cost += weights.noExpertise();
		}
		if (context.reviewedBefore(candidate.reviewerId(), request.cityId())) {
			cost += weights.reviewerReused();
		}
		return cost + weights.wish(context.wish(candidate.reviewerId(), request.requestId()));
	}

	/** {@link #cost} for every (request, candidate) pair of a run, with languages and topics as bit masks. */
	Table table(List<RoutingRequest> requests, List<Candidate> candidates, RoutingContext context) {
		return new Table(requests, candidates, context);
	}

	/** The terms of {@link #cost}, named, for the assignment's explanation. */
	Map<String, Long> terms(RoutingRequest request, Candidate candidate, RoutingContext context) {
		Map<String, Long> terms = new LinkedHashMap<>();
		terms.put(sharesAny(request.languages(), candidate.languages()) ? "language-shared" : "language-mismatch",
				sharesAny(request.languages(), candidate.languages()) ? 0L : weights.languageMismatch());
		if (!request.topics().isEmpty()) {
			boolean match = sharesAny(request.topics(), candidate.expertise());
			terms.put(match ? "expertise-match" : "no-expertise", match ? 0L : weights.noExpertise());
		}
		if (context.reviewedBefore(candidate.reviewerId(), request.cityId())) {
			terms.put("reviewer-reused", (long) weights.reviewerReused());
		}
		Wish wish = context.wish(candidate.reviewerId(), request.requestId());
		terms.put("wish-" + wish.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), weights.wish(wish));
		return terms;
	}

	private static boolean sharesAny(java.util.Set<String> a, java.util.Set<String> b) {
		java.util.Set<String> small = a.size() <= b.size() ? a : b;
		java.util.Set<String> large = small == a ? b : a;
		for (String item : small) {
			if (large.contains(item)) {
				return true;
			}
		}
		return false;
	}

	/** The same costs as {@link #cost}, precomputed per request and per candidate so a pair costs a few ands. */
	final class Table {

		private final List<RoutingRequest> requests;

		private final List<Candidate> candidates;

		private final RoutingContext context;

		private final long[][] requestLanguages;

		private final long[][] requestTopics;

		private final long[][] candidateLanguages;

		private final long[][] candidateExpertise;

		private final boolean[] reviewedAny;

		private final boolean[] wishedAny;

		private Table(List<RoutingRequest> requests, List<Candidate> candidates, RoutingContext context) {
			this.requests = requests;
			this.candidates = candidates;
			this.context = context;
			Map<String, Integer> languages = new HashMap<>();
			Map<String, Integer> topics = new HashMap<>();
			requestLanguages = new long[requests.size()][];
			requestTopics = new long[requests.size()][];
			for (int r = 0; r < requests.size(); r++) {
				requestLanguages[r] = mask(requests.get(r).languages(), languages, true);
				requestTopics[r] = mask(requests.get(r).topics(), topics, true);
			}
			candidateLanguages = new long[candidates.size()][];
			candidateExpertise = new long[candidates.size()][];
			reviewedAny = new boolean[candidates.size()];
			wishedAny = new boolean[candidates.size()];
			for (int c = 0; c < candidates.size(); c++) {
				candidateLanguages[c] = mask(candidates.get(c).languages(), languages, false);
				candidateExpertise[c] = mask(candidates.get(c).expertise(), topics, false);
				reviewedAny[c] = context.reviewedAny(candidates.get(c).reviewerId());
				wishedAny[c] = context.wishedAny(candidates.get(c).reviewerId());
			}
		}

		long cost(int r, int c) {
			long cost = 0;
			if (!intersect(requestLanguages[r], candidateLanguages[c])) {
				cost += weights.languageMismatch();
			}
			if (!requests.get(r).topics().isEmpty() && !intersect(requestTopics[r], candidateExpertise[c])) {
				cost += weights.noExpertise();
			}
			if (reviewedAny[c] && context.reviewedBefore(candidates.get(c).reviewerId(), requests.get(r).cityId())) {
				cost += weights.reviewerReused();
			}
			return cost + weights.wish(wishedAny[c]
					? context.wish(candidates.get(c).reviewerId(), requests.get(r).requestId()) : Wish.WILLING);
		}

		/** Bits of the words requests use; words only candidates use cannot match and get no bit. */
		private static long[] mask(Set<String> words, Map<String, Integer> index, boolean add) {
			List<Integer> bits = new ArrayList<>();
			for (String word : words) {
				Integer bit = add ? index.computeIfAbsent(word, k -> index.size()) : index.get(word);
				if (bit != null) {
					bits.add(bit);
				}
			}
			long[] mask = new long[1 + bits.stream().mapToInt(Integer::intValue).max().orElse(0) / 64];
			bits.forEach(bit -> mask[bit / 64] |= 1L << (bit % 64));
			return mask;
		}

		private static boolean intersect(long[] a, long[] b) {
			for (int i = 0; i < Math.min(a.length, b.length); i++) {
				if ((a[i] & b[i]) != 0) {
					return true;
				}
			}
			return false;
		}

	}

}
