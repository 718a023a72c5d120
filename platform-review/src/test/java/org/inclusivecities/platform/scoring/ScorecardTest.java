package org.inclusivecities.platform.scoring;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScorecardTest {

	static Map<Criterion, CriterionScore> all(int score) {
		Map<Criterion, CriterionScore> scores = new EnumMap<>(Criterion.class);
		for (Criterion c : Criterion.values()) {
			scores.put(c, new CriterionScore(c, score, "evidence " + c));
		}
		return scores;
	}

	@Test
	void reportsEveryProblemAtOnce() {
		Map<Criterion, CriterionScore> scores = all(3);
		scores.put(Criterion.COUNCIL, new CriterionScore(Criterion.COUNCIL, 0, "x"));
		scores.put(Criterion.MISSION, new CriterionScore(Criterion.MISSION, 6, " "));
		scores.remove(Criterion.SHARING);

		assertThatThrownBy(() -> Scorecard.of(scores, null, null, Instant.EPOCH))
			.isInstanceOfSatisfying(InvalidScorecard.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
					"score.council.range", "score.mission.range", "score.mission.evidence.required",
					"score.sharing.required", "recommendation.required"));
	}

	@Test
	void acceptsACompleteScorecardInRubricOrder() {
		Scorecard card = Scorecard.of(all(4), Recommendation.ACCREDIT, " fine ", Instant.EPOCH);
		assertThat(card.scores()).extracting(CriterionScore::criterion).containsExactly(Criterion.values());
		assertThat(card.summary()).isEqualTo("fine");
	}

	@Test
	void flagsCriteriaWhereScoresDifferByTwoOrMore() {
		Map<Criterion, CriterionScore> other = all(3);
		other.put(Criterion.MONITORING, new CriterionScore(Criterion.MONITORING, 1, "thin"));
		other.put(Criterion.COUNCIL, new CriterionScore(Criterion.COUNCIL, 4, "ok"));
		Scorecard a = Scorecard.of(all(3), Recommendation.ACCREDIT, "", Instant.EPOCH);
		Scorecard b = Scorecard.of(other, Recommendation.NOT_YET, "", Instant.EPOCH);

		assertThat(Disagreements.among(List.of(a, b))).containsExactly(Criterion.MONITORING);
		assertThat(Disagreements.among(List.of(a))).isEmpty();
	}

}
