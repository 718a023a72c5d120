package org.inclusivecities.platform.scoring;

import java.util.List;

/** A scorecard that cannot be accepted; {@link #problems()} are message keys, one per field problem. */
public class InvalidScorecard extends RuntimeException {

	private final List<String> problems;

	public InvalidScorecard(List<String> problems) {
		super("Invalid scorecard: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
