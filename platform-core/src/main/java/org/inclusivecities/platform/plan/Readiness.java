package org.inclusivecities.platform.plan;

import java.util.List;

/** The charter checklist for one plan: every item, plus warnings that do not block. */
public record Readiness(List<ReadinessItem> items, List<ReadinessItem> warnings) {

	public Readiness {
		items = List.copyOf(items);
		warnings = List.copyOf(warnings);
	}

	/** All charter requirements met: the plan counts as ready and the city may ask for accreditation. */
	public boolean ready() {
		return items.stream().allMatch(ReadinessItem::met);
	}

	public long metCount() {
		return items.stream().filter(ReadinessItem::met).count();
	}

	public List<ReadinessItem> missing() {
		return items.stream().filter(i -> !i.met()).toList();
	}

}
