package org.inclusivecities.platform.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.inclusivecities.platform.request.RequestErrors.ConditionAlreadyMet;
import org.inclusivecities.platform.request.RequestErrors.ConditionNotFound;
import org.inclusivecities.platform.routing.Candidate;
import org.inclusivecities.platform.routing.HardRule;
import org.inclusivecities.platform.routing.HardRules;
import org.inclusivecities.platform.routing.RoutingContext;
import org.inclusivecities.platform.routing.RoutingRequest;
import org.inclusivecities.platform.scoring.Recommendation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** After the decision: the one appeal goes to new reviewers only, and conditions are tracked until met. */
class AftercareTest {

	static final Instant T0 = AccreditationRequestTest.T0;

	static final LocalDate DUE = LocalDate.of(2027, 6, 30);

	static AccreditationRequest decided(List<Decision.Condition> conditions) {
		AccreditationRequest request = AccreditationRequestTest.inReview();
		request.decline("r1", "busy", T0);
		request.reassign(ReviewerSeat.proposed("r4", "e", 1, Map.of()), T0.plusSeconds(7200), T0);
		for (String reviewer : List.of("r2", "r3", "r4")) {
			request.submitReview(reviewer, AccreditationRequestTest.card(4));
		}
		request.decide(new Decision(conditions.isEmpty() ? Recommendation.NOT_YET
				: Recommendation.ACCREDIT_WITH_CONDITIONS, "reasons", conditions, T0, "sec", null, null));
		return request;
	}

	@Test
	void anAppealedRequestExcludesEveryFirstRoundReviewerAsAHardRule() {
		AccreditationRequest request = decided(List.of());
		request.appeal("admin", "The indicators are in the annex", T0);

		RoutingRequest routing = RoutingInputs.routingRequest(request);
		assertThat(routing.excludedReviewers()).containsExactlyInAnyOrder("r1", "r2", "r3", "r4");
		for (String old : List.of("r1", "r2", "r3", "r4")) {
			assertThat(HardRules.standard().firstViolation(routing, candidate(old), RoutingContext.empty()))
				.map(HardRule::id)
				.hasValue("excluded-reviewer");
		}
		assertThat(HardRules.standard().firstViolation(routing, candidate("r9"), RoutingContext.empty())).isEmpty();
		assertThat(request.appeal()).hasValueSatisfying(a -> {
			assertThat(a.actorId()).isEqualTo("admin");
			assertThat(a.detail()).isEqualTo("The indicators are in the annex");
		});
	}

	@Test
	void conditionsGetPositionalIdsAlsoWhenStoredWithout() {
		Decision decision = new Decision(Recommendation.ACCREDIT_WITH_CONDITIONS, "r",
				List.of(new Decision.Condition("Publish the baseline", DUE),
						new Decision.Condition(null, "Train staff", DUE, null, null, null, null)),
				T0, "sec", null, null);
		assertThat(decision.conditions()).extracting(Decision.Condition::id).containsExactly("c1", "c2");
	}

	@Test
	void aConditionIsOpenThenOverdueUntilMetOnceWithANote() {
		AccreditationRequest request = decided(List.of(new Decision.Condition("Publish the baseline", DUE),
				new Decision.Condition("Train staff", DUE.plusMonths(3))));
		Decision.Condition first = request.getDecision().condition("c1").orElseThrow();
		assertThat(first.state(DUE)).isEqualTo(ConditionState.OPEN);
		assertThat(first.state(DUE.plusDays(1))).isEqualTo(ConditionState.OVERDUE);

		int audited = request.getAudit().size();
		request.meetCondition("c1", "Baseline published in May", "sec", DUE.plusDays(2), T0);
		Decision.Condition met = request.getDecision().condition("c1").orElseThrow();
		assertThat(met.state(DUE.plusDays(3))).isEqualTo(ConditionState.MET);
		assertThat(met.metOn()).isEqualTo(DUE.plusDays(2));
		assertThat(met.metNote()).isEqualTo("Baseline published in May");
		assertThat(request.getDecision().condition("c2").orElseThrow().met()).isFalse();
		assertThat(request.getAudit()).hasSize(audited + 1).last().satisfies(a -> {
			assertThat(a.action()).isEqualTo("condition-met");
			assertThat(a.actorId()).isEqualTo("sec");
			assertThat(a.at()).isEqualTo(T0);
		});

		assertThatThrownBy(() -> request.meetCondition("c1", "again", "sec", DUE, T0))
			.isInstanceOf(ConditionAlreadyMet.class);
		assertThatThrownBy(() -> request.meetCondition("c9", "x", "sec", DUE, T0)).isInstanceOf(ConditionNotFound.class);
		assertThat(request.getAudit()).hasSize(audited + 1);
	}

	@Test
	void conditionsCannotBeMetWhileTheRequestIsNotDecided() {
		AccreditationRequest request = decided(List.of(new Decision.Condition("Publish the baseline", DUE)));
		request.appeal("admin", "why", T0);
		assertThatThrownBy(() -> request.meetCondition("c1", "done", "sec", DUE, T0))
			.isInstanceOf(InvalidRequestTransition.class);
		assertThat(request.remindConditions(DUE, 14, T0)).isEmpty();
	}

	@Test
	void eachOpenConditionIsRemindedOnceWithinTheWindowBeforeItsDueDate() {
		AccreditationRequest request = decided(List.of(new Decision.Condition("Publish the baseline", DUE),
				new Decision.Condition("Train staff", DUE.plusDays(10)), new Decision.Condition("Met early", DUE)));
		request.meetCondition("c3", "done", "sec", DUE.minusDays(30), T0);

		assertThat(request.remindConditions(DUE.minusDays(15), 14, T0)).isEmpty();
		assertThat(request.remindConditions(DUE.minusDays(14), 14, T0)).extracting(Decision.Condition::id)
			.containsExactly("c1");
		assertThat(request.remindConditions(DUE.minusDays(13), 14, T0)).isEmpty();
		assertThat(request.remindConditions(DUE.minusDays(1), 14, T0)).extracting(Decision.Condition::id)
			.containsExactly("c2");
		assertThat(request.remindConditions(DUE.plusDays(11), 14, T0)).isEmpty();
		assertThat(request.getDecision().condition("c1").orElseThrow().remindedOn()).isEqualTo(DUE.minusDays(14));
	}

	@Test
	void aConditionAlreadyPastDueIsNotRemindedAnyMore() {
		AccreditationRequest request = decided(List.of(new Decision.Condition("Publish the baseline", DUE)));
		assertThat(request.remindConditions(DUE.plusDays(1), 14, T0)).isEmpty();
	}

	private static Candidate candidate(String id) {
		return new Candidate(id, "z", java.util.Set.of("z"), java.util.Set.of("en"), java.util.Set.of(), 5, 0,
				List.of(), java.util.Set.of());
	}

}
