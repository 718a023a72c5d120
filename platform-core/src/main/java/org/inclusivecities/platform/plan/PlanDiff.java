package org.inclusivecities.platform.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Row-level comparison of two snapshots: per part, the rows that disappeared and the rows that appeared. */
public final class PlanDiff {

	private PlanDiff() {
	}

	public static List<PartChange> between(PlanSnapshot before, PlanSnapshot after) {
		List<PartChange> changes = new ArrayList<>();
		for (PlanPart part : PlanPart.values()) {
			List<Map<String, String>> old = before.part(part).rows();
			List<Map<String, String>> now = after.part(part).rows();
			List<Map<String, String>> removed = minus(old, now);
			List<Map<String, String>> added = minus(now, old);
			changes.add(new PartChange(part, removed, added));
		}
		return changes;
	}

	/** What one save changed in one part: the rows (or, for a part of fields, the values) before and after. */
	public static PartChange of(PlanPart part, PartContent before, PartContent after) {
		List<Map<String, String>> old = before.rows();
		List<Map<String, String>> now = after.rows();
		return new PartChange(part, minus(old, now), minus(now, old));
	}

	/** Multiset difference: each row of {@code b} cancels one equal row of {@code a}. */
	private static List<Map<String, String>> minus(List<Map<String, String>> a, List<Map<String, String>> b) {
		List<Map<String, String>> rest = new ArrayList<>(a);
		for (Map<String, String> row : b) {
			rest.remove(row);
		}
		return rest;
	}

	public record PartChange(PlanPart part, List<Map<String, String>> removed, List<Map<String, String>> added) {

		public boolean changed() {
			return !removed.isEmpty() || !added.isEmpty();
		}

	}

}
