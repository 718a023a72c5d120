package org.inclusivecities.platform.request;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inclusivecities.platform.request.AftercareTest.DUE;
import static org.inclusivecities.platform.request.AftercareTest.T0;

/** The city reports a condition done with evidence; the secretariat then confirms it met; never after it is met. */
class ConditionReportTest {

	@Test
	void aReportedConditionAwaitsConfirmationAndIsNotRemindedOf() {
		AccreditationRequest request = AftercareTest.decided(List.of(new Decision.Condition("Publish the baseline", DUE),
				new Decision.Condition("Train staff", DUE)));
		assertThatThrownBy(() -> request.reportCondition("c9", "done", "admin", DUE, T0))
			.isInstanceOf(RequestErrors.ConditionNotFound.class);

		request.reportCondition("c1", "Baseline on the city website", "admin", DUE.minusDays(20), T0);
		Decision.Condition reported = request.getDecision().condition("c1").orElseThrow();
		assertThat(reported.state(DUE.plusDays(5))).as("reported: awaiting confirmation, even past due")
			.isEqualTo(ConditionState.REPORTED);
		assertThat(reported.reportNote()).isEqualTo("Baseline on the city website");
		assertThat(request.remindConditions(DUE.minusDays(10), 30, T0)).extracting(Decision.Condition::id)
			.containsExactly("c2");

		request.reportCondition("c1", "Baseline page, updated", "admin", DUE.minusDays(19), T0);
		assertThat(request.getDecision().condition("c1").orElseThrow().reportNote()).isEqualTo("Baseline page, updated");

		request.meetCondition("c1", "Checked the page", "sec", DUE.minusDays(18), T0);
		assertThat(request.getDecision().condition("c1").orElseThrow().state(DUE)).isEqualTo(ConditionState.MET);
		int audited = request.getAudit().size();
		assertThatThrownBy(() -> request.reportCondition("c1", "again", "admin", DUE, T0))
			.isInstanceOf(RequestErrors.ConditionAlreadyMet.class);
		assertThat(request.getAudit()).hasSize(audited);
		assertThat(request.getAudit()).extracting(AuditEntry::action)
			.containsSubsequence("condition-reported", "condition-reported", "condition-met");
	}

	@Test
	void onlyADecidedRequestTakesReports() {
		AccreditationRequest request = AccreditationRequestTest.inReview();
		assertThatThrownBy(() -> request.reportCondition("c1", "done", "admin", LocalDate.of(2027, 1, 1), T0))
			.isInstanceOf(InvalidRequestTransition.class);
	}

}
