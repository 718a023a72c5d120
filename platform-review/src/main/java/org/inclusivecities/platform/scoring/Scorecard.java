package org.inclusivecities.platform.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A reviewer's submitted review: every criterion scored with evidence, and a recommendation. */
public record Scorecard(List<CriterionScore> scores, Recommendation recommendation, String summary,
		Instant submittedAt) {

	public static final int MAX_TEXT = 4000;

	public Scorecard {
		scores = List.copyOf(scores);
	}

	/** Validates a submission; every problem is reported (message keys), nothing is half-accepted. */
	public static Scorecard of(Map<Criterion, CriterionScore> scores, Recommendation recommendation, String summary,
			Instant at) {
		List<String> problems = new ArrayList<>();
		Map<Criterion, CriterionScore> ordered = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			CriterionScore score = scores.get(criterion);
			String field = "score." + criterion.name().toLowerCase(java.util.Locale.ROOT);
			if (score == null) {
				problems.add(field + ".required");
				continue;
			}
			if (score.score() < CriterionScore.MIN || score.score() > CriterionScore.MAX) {
				problems.add(field + ".range");
			}
			if (score.evidence() == null || score.evidence().isBlank()) {
				problems.add(field + ".evidence.required");
			}
			else if (score.evidence().length() > MAX_TEXT) {
				problems.add(field + ".evidence.too-long");
			}
			ordered.put(criterion,
					new CriterionScore(criterion, score.score(), score.evidence() == null ? null : score.evidence().strip()));
		}
		if (recommendation == null) {
			problems.add("recommendation.required");
		}
		if (summary != null && summary.length() > MAX_TEXT) {
			problems.add("summary.too-long");
		}
		if (!problems.isEmpty()) {
			throw new InvalidScorecard(problems);
		}
		return new Scorecard(List.copyOf(ordered.values()), recommendation, summary == null ? "" : summary.strip(), at);
	}

	/**
	 * A draft as far as the reviewer got: scores in range kept (others left out), evidence and recommendation may be
	 * missing; only text that is too long is refused. A draft is never a review: it is submitted through {@link #of}.
	 */
	public static Scorecard draft(Map<Criterion, CriterionScore> scores, Recommendation recommendation, String summary,
			Instant at) {
		List<String> problems = new ArrayList<>();
		List<CriterionScore> kept = new ArrayList<>();
		for (Criterion criterion : Criterion.values()) {
			CriterionScore score = scores.get(criterion);
			if (score == null) {
				continue;
			}
			String evidence = score.evidence() == null ? "" : score.evidence().strip();
			if (evidence.length() > MAX_TEXT) {
				problems.add("score." + criterion.name().toLowerCase(java.util.Locale.ROOT) + ".evidence.too-long");
			}
			boolean inRange = score.score() >= CriterionScore.MIN && score.score() <= CriterionScore.MAX;
			if (inRange || !evidence.isEmpty()) {
				kept.add(new CriterionScore(criterion, inRange ? score.score() : 0, evidence));
			}
		}
		if (summary != null && summary.length() > MAX_TEXT) {
			problems.add("summary.too-long");
		}
		if (!problems.isEmpty()) {
			throw new InvalidScorecard(problems);
		}
		return new Scorecard(kept, recommendation, summary == null ? "" : summary.strip(), at);
	}

	/** The draft's score of the criterion, 0 when not chosen yet (a submitted scorecard has them all). */
	public int draftScoreFor(Criterion criterion) {
		return scores.stream().filter(s -> s.criterion() == criterion).mapToInt(CriterionScore::score).findFirst().orElse(0);
	}

	/** The draft's evidence for the criterion, empty when none yet. */
	public String evidenceFor(Criterion criterion) {
		return scores.stream().filter(s -> s.criterion() == criterion).map(CriterionScore::evidence).findFirst().orElse("");
	}

	public int scoreFor(Criterion criterion) {
		return scores.stream().filter(s -> s.criterion() == criterion).findFirst().orElseThrow().score();
	}

}
