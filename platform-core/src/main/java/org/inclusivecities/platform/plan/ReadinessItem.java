package org.inclusivecities.platform.plan;

import java.util.List;

/**
 * One charter requirement: whether it is met, what is missing (message key with arguments, plus codes such as
 * aims to list), and the section ({@link #target()}: a part slug or "indicators") where it is fixed.
 */
public record ReadinessItem(String rule, boolean met, String messageKey, List<Object> args, List<String> details,
		String target) {

	public ReadinessItem {
		args = List.copyOf(args);
		details = List.copyOf(details);
	}

	static ReadinessItem met(String rule, String target) {
		return new ReadinessItem(rule, true, "plan.readiness." + rule + ".met", List.of(), List.of(), target);
	}

	static ReadinessItem missing(String rule, String target, String reason, Object... args) {
		return new ReadinessItem(rule, false, "plan.readiness." + rule + "." + reason, List.of(args), List.of(), target);
	}

}
