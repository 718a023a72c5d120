package org.inclusivecities.platform.routing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request routing could not staff, and why, as the model found it: how many candidates each hard rule
 * removed, how many eligible reviewers (and cities) were left and how many seats they can fill with at most
 * the per-city cap from one city; and, when reviewers were there, the requests that staffing this one would
 * leave without reviewers ({@code displaced}: found by solving again with this request forced in).
 * <ul>
 * <li>TOO_FEW_ELIGIBLE: the eligible reviewers cannot fill its seats within the per-city cap, whatever else
 * happens.</li>
 * <li>DISPLACES_OTHERS: it can be staffed, but every assignment that staffs it staffs fewer requests, or
 * requests that come later ({@link Priority}); {@code displaced} are the requests the best such assignment
 * leaves out.</li>
 * <li>TIMED_OUT / CANCELLED: the run stopped before that could be decided.</li>
 * </ul>
 */
public record Unrouted(String requestId, Reason reason, Map<String, Integer> removedByRule, int eligibleLeft,
		int eligibleCities, int seatsWithinCityCap, List<String> displaced) {

	public Unrouted {
		removedByRule = Map.copyOf(removedByRule);
		displaced = List.copyOf(displaced);
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
			case TOO_FEW_ELIGIBLE -> "; they fill at most " + seatsWithinCityCap + " seats within the per-city cap";
			case DISPLACES_OTHERS -> "; staffing it would leave " + String.join(", ", displaced) + " without reviewers";
			case TIMED_OUT -> "; the solver ran out of time";
			case CANCELLED -> "; the run was cancelled";
		};
		return "request " + requestId + ": " + eligibleLeft + " eligible reviewers from " + eligibleCities
				+ " cities left" + (removed.isEmpty() ? "" : " after " + removed) + tail;
	}

	public enum Reason {

		TOO_FEW_ELIGIBLE, DISPLACES_OTHERS, TIMED_OUT, CANCELLED

	}

}
