package org.inclusivecities.platform.routing;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request routing could not staff, and why: how many candidates each hard rule removed, how many eligible
 * reviewers (and cities) were left, and whether the rest were taken by other requests.
 */
public record Unrouted(String requestId, Reason reason, Map<String, Integer> removedByRule, int eligibleLeft,
		int eligibleCities) {

	public Unrouted {
		removedByRule = Map.copyOf(removedByRule);
	}

	/** E.g. "request R: 0 eligible reviewers left after rule own-city removed 12, rule city-tie removed 3". */
	public String message() {
		String removed = removedByRule.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0)
			.sorted(Map.Entry.comparingByKey())
			.map(e -> "rule " + e.getKey() + " removed " + e.getValue())
			.collect(Collectors.joining(", "));
		String tail = switch (reason) {
			case TOO_FEW_ELIGIBLE -> "";
			case CAPACITY_TAKEN -> "; the eligible reviewers' capacity went to other requests";
			case RECIPROCAL_IN_RUN -> "; the remaining reviewers would make two cities review each other";
			case TIMED_OUT -> "; the solver ran out of time";
		};
		return "request " + requestId + ": " + eligibleLeft + " eligible reviewers from " + eligibleCities
				+ " cities left" + (removed.isEmpty() ? "" : " after " + removed) + tail;
	}

	public enum Reason {

		TOO_FEW_ELIGIBLE, CAPACITY_TAKEN, RECIPROCAL_IN_RUN, TIMED_OUT

	}

}
