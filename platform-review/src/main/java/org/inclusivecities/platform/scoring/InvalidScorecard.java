package org.inclusivecities.platform.scoring;

import org.inclusivecities.platform.refusal.Invalid;

import java.util.List;

/** A scorecard that cannot be accepted; {@link #problems()} are message keys, one per field problem. */
public class InvalidScorecard extends Invalid {

	private final List<String> problems;

	public InvalidScorecard(List<String> problems) {
		super("Invalid scorecard: " + problems, null, problems.isEmpty() ? null : problems.get(0));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
