package org.inclusivecities.platform.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanContentTest {

	static final LocalDate DAY = LocalDate.of(2026, 6, 1);

	@Test
	void activityEndingBeforeItStartsIsRefused() {
		assertThatThrownBy(() -> new Activity(null, "Walk", ActivityType.RECOVERY_WALK, DAY, DAY.minusDays(1),
				new Place("Park", null, null), Set.of(Aim.CELEBRATE_RECOVERY), List.of(), false, true))
			.isInstanceOfSatisfying(InvalidPlanContent.class, ex -> {
				assertThat(ex.field()).isEqualTo("endDate");
				assertThat(ex.messageKey()).isEqualTo("plan.error.endBeforeStart");
			});
	}

	@Test
	void anActivitySavedAnewLastsAtMostAYear() {
		Place park = new Place("Park", null, null);
		Activity year = new Activity(null, "Festival year", ActivityType.OTHER, DAY, DAY.plusYears(1), park,
				Set.of(Aim.CELEBRATE_RECOVERY), List.of(), false, true);
		Activity fourYears = new Activity(null, "Walk", ActivityType.RECOVERY_WALK, DAY, DAY.plusYears(4), park,
				Set.of(Aim.CELEBRATE_RECOVERY), List.of(), false, true);
		new Activities(List.of(year)).checkChanged(Activities.EMPTY);

		assertThatThrownBy(() -> new Activities(List.of(year, fourYears)).checkChanged(new Activities(List.of(year))))
			.isInstanceOfSatisfying(InvalidPlanContent.class, ex -> {
				assertThat(ex.field()).isEqualTo("endDate");
				assertThat(ex.messageKey()).isEqualTo("plan.error.activityTooLong");
			});
		// one stored before the rule still reads, and saving the part again with it unchanged is not refused
		new Activities(List.of(fourYears, year)).checkChanged(new Activities(List.of(fourYears)));
	}

	@Test
	void aGoalSavedAnewIsReachedInThisCentury() {
		Goal in1999 = new Goal("More jobs", GoalTerm.values()[0], LocalDate.of(1999, 12, 31));
		assertThatThrownBy(() -> new Goals(List.of(in1999)).checkChanged(Goals.EMPTY))
			.isInstanceOfSatisfying(InvalidPlanContent.class, ex -> {
				assertThat(ex.field()).isEqualTo("targetDate");
				assertThat(ex.messageKey()).isEqualTo("plan.error.dateRange");
			});
		assertThatThrownBy(() -> new Goals(List.of(new Goal("More jobs", GoalTerm.values()[0], LocalDate.of(2101, 1, 1))))
			.checkChanged(Goals.EMPTY)).isInstanceOf(InvalidPlanContent.class);
		new Goals(List.of(new Goal("More jobs", GoalTerm.values()[0], LocalDate.of(2030, 1, 1)))).checkChanged(Goals.EMPTY);
		new Goals(List.of(in1999)).checkChanged(new Goals(List.of(in1999)));
	}

	@Test
	void oversizedTextIsRefused() {
		assertThatThrownBy(() -> new Mission("x".repeat(Texts.LONG + 1), null))
			.isInstanceOfSatisfying(InvalidPlanContent.class, ex -> assertThat(ex.field()).isEqualTo("mission"));
	}

	@Test
	void coordinatesComeInPairsAndWithinRange() {
		assertThatThrownBy(() -> new Place("Park", 52.0, null)).isInstanceOf(InvalidPlanContent.class);
		assertThatThrownBy(() -> new Place("Park", 95.0, 4.0)).isInstanceOf(InvalidPlanContent.class);
		assertThat(new Place(" Park ", 52.09, 5.12).name()).isEqualTo("Park");
	}

	@Test
	void diffListsRemovedAndAddedRowsPerPart() {
		PlanSnapshot v1 = new PlanSnapshot(null, new Mission("Old mission", null), null, null, null, null, null);
		PlanSnapshot v2 = new PlanSnapshot(PlanFixtures.council(CouncilProfile.CITIZEN), new Mission("New mission", null),
				null, null, null, null, null);
		var changes = PlanDiff.between(v1, v2);
		var mission = changes.stream().filter(c -> c.part() == PlanPart.MISSION).findFirst().orElseThrow();
		assertThat(mission.removed()).containsExactly(java.util.Map.of("mission", "Old mission"));
		assertThat(mission.added()).containsExactly(java.util.Map.of("mission", "New mission"));
		assertThat(changes.stream().filter(PlanDiff.PartChange::changed).map(PlanDiff.PartChange::part))
			.containsExactly(PlanPart.COUNCIL, PlanPart.MISSION);
	}

}
