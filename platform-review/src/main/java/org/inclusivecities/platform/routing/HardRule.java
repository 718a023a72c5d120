package org.inclusivecities.platform.routing;

/**
 * A rule routing never breaks. Each rule is its own class with its own tests; {@link HardRules} applies
 * them in order and counts which rule removed which candidates, so an empty result can be explained.
 */
public interface HardRule {

	/** Stable identifier used in diagnostics, explanations and message keys ("rule.&lt;id&gt;"). */
	String id();

	boolean allows(RoutingRequest request, Candidate candidate, RoutingContext context);

	/**
	 * True when {@link #allows} looks only at the request's city, the candidate's city and memberships, and the
	 * context; routing then checks it once per (requesting city, reviewer affiliation) instead of once per
	 * (request, reviewer) pair, which is what makes a network-sized run cheap.
	 */
	default boolean cityLevel() {
		return false;
	}

}
