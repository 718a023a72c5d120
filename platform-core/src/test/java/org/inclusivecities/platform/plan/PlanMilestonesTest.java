package org.inclusivecities.platform.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.city.CityMilestones.Progress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanMilestonesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Test
	void twoPublicActivitiesHeldThisCalendarYearCountUntilTheYearEnds() {
		Progress progress = PlanMilestones.progress(plan(List.of(), activity("a", TODAY.minusMonths(3)),
				activity("b", TODAY)), TODAY);
		assertThat(progress.reached()).containsExactlyInAnyOrder(PlanMilestones.PUBLISHED, PlanMilestones.ACTIVITIES);
		assertThat(progress.recheckOn()).isEqualTo(LocalDate.of(2027, 1, 1));
	}

	@Test
	void activitiesOfLastYearOrStillToComeDoNotCountButTheNextOneIsAskedAgainOnItsDay() {
		Progress progress = PlanMilestones.progress(plan(List.of(), activity("a", LocalDate.of(2025, 12, 30)),
				activity("b", TODAY.minusDays(1)), activity("c", TODAY.plusDays(10))), TODAY);
		assertThat(progress.reached()).containsExactly(PlanMilestones.PUBLISHED);
		assertThat(progress.recheckOn()).isEqualTo(TODAY.plusDays(10));
	}

	@Test
	void aCouncilCountsByItsProfilesWithoutNamesAndNeedsLivedExperience() {
		List<PublicPlan.PublicMember> anonymous = List.of(
				new PublicPlan.PublicMember(null, null, CouncilProfile.FAMILY_MEMBER),
				new PublicPlan.PublicMember(null, null, CouncilProfile.POLICY_MAKER),
				new PublicPlan.PublicMember(null, null, CouncilProfile.SCIENTIST));
		assertThat(PlanMilestones.progress(plan(anonymous), TODAY).reached()).contains(PlanMilestones.COUNCIL);
		List<PublicPlan.PublicMember> noLivedExperience = List.of(
				new PublicPlan.PublicMember("A", null, CouncilProfile.EMPLOYER),
				new PublicPlan.PublicMember("B", null, CouncilProfile.POLICY_MAKER),
				new PublicPlan.PublicMember("C", null, CouncilProfile.SCIENTIST));
		assertThat(PlanMilestones.progress(plan(noLivedExperience), TODAY).reached())
			.doesNotContain(PlanMilestones.COUNCIL);
	}

	private static PublicPlan plan(List<PublicPlan.PublicMember> council, Activity... activities) {
		return new PublicPlan("city", 1, null, Instant.parse("2026-01-10T00:00:00Z"), council, Mission.EMPTY,
				Goals.EMPTY, PublicPlan.PublicBaseline.EMPTY, List.of(activities), PublicPlan.PublicKickOff.EMPTY,
				List.of());
	}

	private static Activity activity(String title, LocalDate day) {
		return new Activity(title, title, ActivityType.RECOVERY_WALK, day, day, new Place("Square", null, null),
				Set.of(Aim.MAKE_RECOVERY_VISIBLE), List.of(), true, true);
	}

}
