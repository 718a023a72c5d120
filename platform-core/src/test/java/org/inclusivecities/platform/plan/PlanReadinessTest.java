package org.inclusivecities.platform.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusivecities.platform.plan.CouncilProfile.CITIZEN;
import static org.inclusivecities.platform.plan.CouncilProfile.FAMILY_MEMBER;
import static org.inclusivecities.platform.plan.CouncilProfile.PERSON_IN_RECOVERY;
import static org.inclusivecities.platform.plan.CouncilProfile.POLICY_MAKER;
import static org.inclusivecities.platform.plan.PlanFixtures.activity;
import static org.inclusivecities.platform.plan.PlanFixtures.council;

class PlanReadinessTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	@Test
	void councilNeedsThreeMembers() {
		ReadinessItem two = PlanReadiness.councilFormed(council(PERSON_IN_RECOVERY, POLICY_MAKER));
		assertThat(two.met()).isFalse();
		assertThat(two.messageKey()).isEqualTo("plan.readiness.council.tooFew");
		assertThat(two.args()).containsExactly(2, 3);
		assertThat(two.target()).isEqualTo("council");
	}

	@Test
	void councilNeedsLivedExperience() {
		ReadinessItem item = PlanReadiness.councilFormed(council(CITIZEN, POLICY_MAKER, CITIZEN));
		assertThat(item.met()).isFalse();
		assertThat(item.messageKey()).isEqualTo("plan.readiness.council.noLivedExperience");
	}

	@Test
	void councilOfThreeWithAFamilyMemberIsFormed() {
		assertThat(PlanReadiness.councilFormed(council(CITIZEN, POLICY_MAKER, FAMILY_MEMBER)).met()).isTrue();
	}

	@Test
	void largeCouncilIsFormedButNoted() {
		Council six = council(PERSON_IN_RECOVERY, CITIZEN, CITIZEN, CITIZEN, CITIZEN, CITIZEN);
		assertThat(PlanReadiness.councilFormed(six).met()).isTrue();
		assertThat(PlanReadiness.councilSizeNote(six)).hasValueSatisfying(
				note -> assertThat(note.messageKey()).isEqualTo("plan.readiness.councilSize.large"));
		assertThat(PlanReadiness.councilSizeNote(council(PERSON_IN_RECOVERY, CITIZEN, CITIZEN, CITIZEN))).isEmpty();
	}

	@Test
	void councilWithoutLivedExperienceIsAWarningThatDoesNotBlockSaving() {
		assertThat(PlanReadiness.councilWarning(council(CITIZEN))).isPresent();
		assertThat(PlanReadiness.councilWarning(council(CITIZEN, FAMILY_MEMBER))).isEmpty();
		assertThat(PlanReadiness.councilWarning(Council.EMPTY)).isEmpty();
	}

	@Test
	void missionMustBeWritten() {
		assertThat(PlanReadiness.missionWritten(Mission.EMPTY).met()).isFalse();
		assertThat(PlanReadiness.missionWritten(new Mission("   ", "a vision")).met()).isFalse();
		assertThat(PlanReadiness.missionWritten(new Mission("No one walks alone", null)).met()).isTrue();
	}

	@Test
	void twoActivitiesInTheComingTwelveMonths() {
		Activities past = new Activities(List.of(activity("Old walk", TODAY.minusDays(1), Aim.CELEBRATE_RECOVERY),
				activity("Soon", TODAY.plusDays(10), Aim.CELEBRATE_RECOVERY)));
		Activities tooLate = new Activities(List.of(activity("Soon", TODAY.plusDays(10), Aim.CELEBRATE_RECOVERY),
				activity("Far", TODAY.plusMonths(13), Aim.CELEBRATE_RECOVERY)));
		Activities good = new Activities(List.of(activity("Today", TODAY, Aim.CELEBRATE_RECOVERY),
				activity("In a year", TODAY.plusMonths(12), Aim.CELEBRATE_RECOVERY)));
		ReadinessItem item = PlanReadiness.activitiesPlanned(past, TODAY);
		assertThat(item.met()).isFalse();
		assertThat(item.args()).containsExactly(1L, 2);
		assertThat(PlanReadiness.activitiesPlanned(tooLate, TODAY).met()).isFalse();
		assertThat(PlanReadiness.activitiesPlanned(good, TODAY).met()).isTrue();
	}

	@Test
	void kickOffScheduledOrHeld() {
		assertThat(PlanReadiness.kickOffScheduled(KickOff.EMPTY).met()).isFalse();
		assertThat(PlanReadiness.kickOffScheduled(new KickOff(null, "All partners", null)).met()).isFalse();
		assertThat(PlanReadiness.kickOffScheduled(new KickOff(TODAY.minusMonths(2), null, "Went well")).met()).isTrue();
		assertThat(PlanReadiness.kickOffScheduled(new KickOff(TODAY.plusMonths(2), null, null)).met()).isTrue();
	}

	@Test
	void communicationCoversAnAudience() {
		assertThat(PlanReadiness.communicationPlanned(Communication.EMPTY).met()).isFalse();
		assertThat(PlanReadiness.communicationPlanned(
				Communication.EMPTY.with(new CommunicationRow("Employers", "Hire people in recovery", "Newsletter", null, null)))
			.met()).isTrue();
	}

	@Test
	void everyAimOfTheActivitiesHasAnIndicatorWithABaseline() {
		Activities activities = new Activities(List.of(activity("Walk", TODAY, Aim.MAKE_RECOVERY_VISIBLE),
				activity("Cafe", TODAY, Aim.NEW_CONNECTIONS, Aim.MAKE_RECOVERY_VISIBLE)));
		ReadinessItem partly = PlanReadiness.aimsMonitored(activities, Set.of(Aim.MAKE_RECOVERY_VISIBLE));
		assertThat(partly.met()).isFalse();
		assertThat(partly.details()).containsExactly("NEW_CONNECTIONS");
		assertThat(partly.target()).isEqualTo("indicators");
		assertThat(PlanReadiness.aimsMonitored(activities, Set.of(Aim.MAKE_RECOVERY_VISIBLE, Aim.NEW_CONNECTIONS)).met())
			.isTrue();
		assertThat(PlanReadiness.aimsMonitored(Activities.EMPTY, Set.of()).met()).isFalse();
	}

	@Test
	void baselineNeedsASectorAndAStakeholder() {
		Practice practice = new Practice(Sector.EMPLOYMENT, "Job coaching", "No employer network");
		Stakeholder stakeholder = new Stakeholder("Job centre", Sector.EMPLOYMENT, "Funder", Level.HIGH, Level.MEDIUM,
				EngagementLevel.CONSULT);
		assertThat(PlanReadiness.baselineFilled(Baseline.EMPTY).messageKey()).isEqualTo("plan.readiness.baseline.noPractices");
		assertThat(PlanReadiness.baselineFilled(Baseline.EMPTY.with(practice)).messageKey())
			.isEqualTo("plan.readiness.baseline.noStakeholders");
		assertThat(PlanReadiness.baselineFilled(Baseline.EMPTY.with(practice).with(stakeholder)).met()).isTrue();
	}

	@Test
	void aPlanIsReadyOnlyWhenEveryRuleIsMet() {
		PlanSnapshot empty = new PlanSnapshot(null, null, null, null, null, null, null);
		Readiness readiness = PlanReadiness.assess(empty, Set.of(), TODAY);
		assertThat(readiness.ready()).isFalse();
		assertThat(readiness.items()).hasSize(7);
		assertThat(readiness.metCount()).isZero();
	}

}
