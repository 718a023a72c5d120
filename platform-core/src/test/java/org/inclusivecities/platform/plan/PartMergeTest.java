package org.inclusivecities.platform.plan;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartMergeTest {

	static final Mission BASE = new Mission("Shared mission", "Shared vision");

	@Test
	void aFieldOnlyTheSaverChangedIsAppliedAndOneOnlyTheOtherChangedIsKept() {
		var merged = PartMerge.merge(BASE, new Mission("Shared mission", "My vision"),
				new Mission("Their mission", "Shared vision"));
		assertThat(merged.conflicts()).isEmpty();
		assertThat(merged.content()).isEqualTo(new Mission("Their mission", "My vision"));
	}

	@Test
	void aFieldBothChangedDifferentlyIsAConflictAndKeepsTheirs() {
		var merged = PartMerge.merge(BASE, new Mission("My mission", "My vision"),
				new Mission("Their mission", "Shared vision"));
		assertThat(merged.conflicts()).containsExactly("mission");
		assertThat(merged.content()).isEqualTo(new Mission("Their mission", "My vision"));
	}

	@Test
	void theSameChangeOnBothSidesIsNoConflict() {
		var merged = PartMerge.merge(BASE, new Mission("Same", null), new Mission("Same", "Shared vision"));
		assertThat(merged.conflicts()).isEmpty();
		assertThat(merged.content()).isEqualTo(new Mission("Same", null));
	}

	@Test
	void rowsAddedAndRemovedOnEitherSideAllArrive() {
		Goal a = goal("A"), b = goal("B"), c = goal("C"), d = goal("D");
		var merged = PartMerge.merge(new Goals(List.of(a, b)), new Goals(List.of(a, b, c)), new Goals(List.of(b, d)));
		assertThat(merged.conflicts()).isEmpty();
		assertThat(merged.content().goals()).containsExactly(b, d, c);
	}

	@Test
	void rowsWithAnIdEditedByBothClashButEditsOfDifferentRowsMerge() {
		Activity walk = PlanFixtures.activity("Walk", LocalDate.of(2027, 5, 1), Aim.CELEBRATE_RECOVERY);
		Activity cafe = PlanFixtures.activity("Café", LocalDate.of(2027, 6, 1), Aim.CELEBRATE_RECOVERY);
		Activities base = new Activities(List.of(walk, cafe));
		Activities mine = base.with(renamed(walk, "Recovery walk"));
		Activities theirs = base.with(renamed(cafe, "Recovery café"));
		var merged = PartMerge.merge(base, mine, theirs);
		assertThat(merged.conflicts()).isEmpty();
		assertThat(merged.content().activities()).extracting(Activity::title)
			.containsExactly("Recovery walk", "Recovery café");

		var clash = PartMerge.merge(base, mine, base.with(renamed(walk, "Walk of fame")));
		assertThat(clash.conflicts()).containsExactly("activities");
		assertThat(clash.content().activities()).extracting(Activity::title).containsExactly("Walk of fame", "Café");
	}

	private static Goal goal(String text) {
		return new Goal(text, GoalTerm.SHORT_TERM, LocalDate.of(2027, 1, 1));
	}

	private static Activity renamed(Activity a, String title) {
		return new Activity(a.id(), title, a.type(), a.startDate(), a.endDate(), a.place(), a.aims(), a.partners(),
				a.coDefined(), a.publicActivity());
	}

}
