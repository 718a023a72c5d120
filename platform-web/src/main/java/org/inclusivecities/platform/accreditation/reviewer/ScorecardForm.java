package org.inclusivecities.platform.accreditation.reviewer;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.inclusivecities.platform.scoring.Criterion;
import org.inclusivecities.platform.scoring.CriterionScore;
import org.inclusivecities.platform.scoring.Recommendation;
import org.inclusivecities.platform.scoring.Scorecard;

/**
 * The scoring form as typed: per criterion {@code score-<criterion>} (1–5) and {@code evidence-<criterion>},
 * then {@code recommendation} and {@code summary}. Kept as text so a rejected form shows exactly what was typed.
 */
record ScorecardForm(Map<Criterion, String> scores, Map<Criterion, String> evidence, String recommendation,
		String summary) {

	static final int MAX_SUMMARY = Scorecard.MAX_TEXT;

	static ScorecardForm empty() {
		return new ScorecardForm(new EnumMap<>(Criterion.class), new EnumMap<>(Criterion.class), null, null);
	}

	static ScorecardForm from(Map<String, String> params) {
		Map<Criterion, String> scores = new EnumMap<>(Criterion.class);
		Map<Criterion, String> evidence = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			scores.put(criterion, params.get(scoreField(criterion)));
			evidence.put(criterion, params.get(evidenceField(criterion)));
		}
		return new ScorecardForm(scores, evidence, params.get("recommendation"), params.get("summary"));
	}

	/** The form as a saved draft or submitted review left it, to go on from there. */
	static ScorecardForm of(Scorecard card) {
		Map<Criterion, String> scores = new EnumMap<>(Criterion.class);
		Map<Criterion, String> evidence = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			int score = card.draftScoreFor(criterion);
			scores.put(criterion, score == 0 ? null : String.valueOf(score));
			evidence.put(criterion, card.evidenceFor(criterion));
		}
		return new ScorecardForm(scores, evidence,
				card.recommendation() == null ? null : card.recommendation().name(), card.summary());
	}

	/** Nothing typed at all (the page then goes on from the reviewer's draft, if any). */
	boolean blank() {
		return scores.values().stream().allMatch(v -> v == null) && evidence.values().stream().allMatch(v -> v == null)
				&& recommendation == null && summary == null;
	}

	/** Field id → message key of what a draft cannot keep: only text that is too long. */
	Map<String, String> draftProblems() {
		Map<String, String> problems = new LinkedHashMap<>();
		for (Criterion criterion : Criterion.values()) {
			String text = evidence.get(criterion);
			if (text != null && text.length() > Scorecard.MAX_TEXT) {
				problems.put(evidenceField(criterion), "reviewer.error.evidence.tooLong");
			}
		}
		if (summary != null && summary.length() > MAX_SUMMARY) {
			problems.put("summary", "reviewer.error.summary.tooLong");
		}
		return problems;
	}

	/** What a draft keeps: every chosen score (0 when none chosen yet) and every evidence typed. */
	Map<Criterion, CriterionScore> draftScores() {
		Map<Criterion, CriterionScore> result = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			Integer score = parse(scores.get(criterion));
			String text = evidence.get(criterion);
			if (score != null || (text != null && !text.isBlank())) {
				result.put(criterion, new CriterionScore(criterion, score == null ? 0 : score, text));
			}
		}
		return result;
	}

	static String scoreField(Criterion criterion) {
		return "score-" + criterion.name().toLowerCase(Locale.ROOT);
	}

	static String evidenceField(Criterion criterion) {
		return "evidence-" + criterion.name().toLowerCase(Locale.ROOT);
	}

	public String score(Criterion criterion) {
		return scores.get(criterion);
	}

	public String evidence(Criterion criterion) {
		return evidence.get(criterion);
	}

	/** Field id → message key of its problem, in form order; empty when the form can be submitted. */
	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		for (Criterion criterion : Criterion.values()) {
			String score = scores.get(criterion);
			if (score == null || score.isBlank()) {
				problems.put(scoreField(criterion), "reviewer.error.score.required");
			}
			else if (parse(score) == null) {
				problems.put(scoreField(criterion), "reviewer.error.score.range");
			}
			String text = evidence.get(criterion);
			if (text == null || text.isBlank()) {
				problems.put(evidenceField(criterion), "reviewer.error.evidence.required");
			}
			else if (text.length() > Scorecard.MAX_TEXT) {
				problems.put(evidenceField(criterion), "reviewer.error.evidence.tooLong");
			}
		}
		if (recommendationValue() == null) {
			problems.put("recommendation", "reviewer.error.recommendation.required");
		}
		if (summary != null && summary.length() > MAX_SUMMARY) {
			problems.put("summary", "reviewer.error.summary.tooLong");
		}
		return problems;
	}

	/** The criterion a field id belongs to, for messages that name it. */
	static Criterion criterionOf(String field) {
		int dash = field.indexOf('-');
		if (dash < 0) {
			return null;
		}
		try {
			return Criterion.valueOf(field.substring(dash + 1).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	Map<Criterion, CriterionScore> criterionScores() {
		Map<Criterion, CriterionScore> result = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			Integer score = parse(scores.get(criterion));
			if (score != null) {
				result.put(criterion, new CriterionScore(criterion, score, evidence.get(criterion)));
			}
		}
		return result;
	}

	Recommendation recommendationValue() {
		if (recommendation == null) {
			return null;
		}
		try {
			return Recommendation.valueOf(recommendation);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Integer parse(String score) {
		if (score == null) {
			return null;
		}
		try {
			int value = Integer.parseInt(score.strip());
			return value >= CriterionScore.MIN && value <= CriterionScore.MAX ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
