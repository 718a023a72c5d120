package org.inclusivecities.platform.routing;

import java.util.List;
import java.util.Optional;

/** The hard rules in the order diagnostics credit them ("removed by the first rule that refuses"). */
public final class HardRules {

	private final List<HardRule> rules;

	public HardRules(List<HardRule> rules) {
		this.rules = List.copyOf(rules);
	}

	public static HardRules standard() {
		return new HardRules(List.of(new NotOwnCity(), new NoCityTie(), new NoDeclaredConflict(),
				new NoReciprocalReview(), new NotExcluded(), new WithinCapacity(), new AvailableForReview(),
				new ReadsLanguage()));
	}

	public List<HardRule> all() {
		return rules;
	}

	/** The first rule that refuses this candidate for this request, if any. */
	public Optional<HardRule> firstViolation(RoutingRequest request, Candidate candidate, RoutingContext context) {
		for (HardRule rule : rules) {
			if (!rule.allows(request, candidate, context)) {
				return Optional.of(rule);
			}
		}
		return Optional.empty();
	}

	/** Index (in {@link #all()}) of the first rule that refuses, or -1; allocation-free for large runs. */
	int firstViolationIndex(RoutingRequest request, Candidate candidate, RoutingContext context) {
		for (int i = 0; i < rules.size(); i++) {
			if (!rules.get(i).allows(request, candidate, context)) {
				return i;
			}
		}
		return -1;
	}

	public List<String> ids() {
		return rules.stream().map(HardRule::id).toList();
	}

}
