package org.inclusivecities.platform.accreditation.reviewer;

import java.util.HashMap;
import java.util.Map;

import org.inclusivecities.platform.scoring.Criterion;
import org.inclusivecities.platform.scoring.Recommendation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScorecardFormTest {

	@Test
	void aCompleteFormHasNoProblems() {
		ScorecardForm form = ScorecardForm.from(ReviewerPagesIntegrationTest.valid(5, "Seen"));

		assertThat(form.problems()).isEmpty();
		assertThat(form.criterionScores()).hasSize(Criterion.values().length);
		assertThat(form.recommendationValue()).isEqualTo(Recommendation.ACCREDIT_WITH_CONDITIONS);
	}

	@Test
	void everyProblemIsReportedOnItsField() {
		Map<String, String> params = new HashMap<>(ReviewerPagesIntegrationTest.valid(3, "Seen"));
		params.put("score-council", "0");
		params.put("score-mission", "6");
		params.put("score-activities", "three");
		params.remove("score-communication");
		params.put("evidence-monitoring", "  ");
		params.put("evidence-sharing", "x".repeat(4001));
		params.put("recommendation", "ACCREDIT_TWICE");
		params.put("summary", "y".repeat(4001));

		assertThat(ScorecardForm.from(params).problems()).containsExactly(
				Map.entry("score-council", "reviewer.error.score.range"),
				Map.entry("score-mission", "reviewer.error.score.range"),
				Map.entry("score-activities", "reviewer.error.score.range"),
				Map.entry("score-communication", "reviewer.error.score.required"),
				Map.entry("evidence-monitoring", "reviewer.error.evidence.required"),
				Map.entry("evidence-sharing", "reviewer.error.evidence.tooLong"),
				Map.entry("recommendation", "reviewer.error.recommendation.required"),
				Map.entry("summary", "reviewer.error.summary.tooLong"));
		assertThat(ScorecardForm.criterionOf("evidence-monitoring")).isEqualTo(Criterion.MONITORING);
		assertThat(ScorecardForm.criterionOf("summary")).isNull();
	}

}
