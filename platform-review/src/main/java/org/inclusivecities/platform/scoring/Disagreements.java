package org.inclusivecities.platform.scoring;

import java.util.ArrayList;
import java.util.List;

/** Criteria on which submitted scores differ by two points or more: worth a discussion before deciding. */
public final class Disagreements {

	public static final int THRESHOLD = 2;

	private Disagreements() {
	}

	public static List<Criterion> among(List<Scorecard> scorecards) {
		List<Criterion> flagged = new ArrayList<>();
		if (scorecards.size() < 2) {
			return flagged;
		}
		for (Criterion criterion : Criterion.values()) {
			int min = scorecards.stream().mapToInt(s -> s.scoreFor(criterion)).min().orElseThrow();
			int max = scorecards.stream().mapToInt(s -> s.scoreFor(criterion)).max().orElseThrow();
			if (max - min >= THRESHOLD) {
				flagged.add(criterion);
			}
		}
		return flagged;
	}

}
