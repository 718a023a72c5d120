package org.inclusivecities.platform.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which requests routing staffs first when not all of them can be: the earliest renewal deadline first
 * (a city whose accreditation runs out sooner; first accreditations, without a deadline, after those with
 * one), then the oldest request (earliest submitted; unknown last), then the request id, so the order is
 * total and stable.
 * <p>
 * The objective staffs the most requests first; among sets of equally many requests it prefers the greatest
 * total of priority points, a request's points being {@code n - rank} for the run's n requests (rank 0 first). Every
 * request's weight is {@link #unit()} plus its points, and the unit exceeds the sum of all points, so one more
 * staffed request always outweighs any priority difference.
 */
final class Priority {

	static final Comparator<RoutingRequest> ORDER = Comparator
		.comparing(RoutingRequest::renewalDeadline, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
		.thenComparing(RoutingRequest::submittedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
		.thenComparing(RoutingRequest::requestId);

	private final long[] weight;

	private final int[] rank;

	/**
	 * Ranks every request of the run, and keeps the ranks and weights of the chosen ones (indices into
	 * {@code requests}), numbered as in {@code chosen}, so the points do not depend on which requests a model
	 * holds.
	 */
	Priority(List<RoutingRequest> requests, List<Integer> chosen) {
		int n = requests.size();
		int[] order = IntStream.range(0, n)
			.boxed()
			.sorted(Comparator.comparing(requests::get, ORDER))
			.mapToInt(Integer::intValue)
			.toArray();
		int[] rankOf = new int[n];
		for (int position = 0; position < n; position++) {
			rankOf[order[position]] = position;
		}
		rank = new int[chosen.size()];
		weight = new long[chosen.size()];
		long unit = unit(n);
		for (int i = 0; i < chosen.size(); i++) {
			rank[i] = rankOf[chosen.get(i)];
			weight[i] = unit + (n - rank[i]);
		}
	}

	/** More than the sum 1 + 2 + … + n of all points. */
	static long unit(int n) {
		return (long) n * (n + 1) / 2 + 1;
	}

	/** The weight of staffing request i: one unit plus its points. */
	long weight(int i) {
		return weight[i];
	}

	/** 0 for the request that comes first. */
	int rank(int i) {
		return rank[i];
	}

	/** The objective's first part for a set of staffed requests. */
	long value(boolean[] staffed) {
		long value = 0;
		for (int i = 0; i < staffed.length; i++) {
			if (staffed[i]) {
				value += weight[i];
			}
		}
		return value;
	}

}
