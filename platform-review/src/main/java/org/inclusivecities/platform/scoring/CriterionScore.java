package org.inclusivecities.platform.scoring;

/** One criterion's score (1–5) and the evidence the reviewer bases it on. */
public record CriterionScore(Criterion criterion, int score, String evidence) {

	public static final int MIN = 1;

	public static final int MAX = 5;

}
