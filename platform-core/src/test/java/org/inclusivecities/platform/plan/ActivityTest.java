package org.inclusivecities.platform.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityTest {

	static Activity cafe(LocalDate first, LocalDate last, LocalTime from, LocalTime to, Recurrence recurrence,
			LocalDate until) {
		return new Activity("cafe", "Recovery cafe", ActivityType.RECOVERY_CAFE, first, last,
				new Place("Library", null, null), Set.of(Aim.NEW_CONNECTIONS), List.of(), true, true, from, to,
				recurrence, until, "Coffee and stories");
	}

	@Test
	void aMonthlyCafeRepeatsOnTheSameDayKeepingToShortMonths() {
		Activity cafe = cafe(LocalDate.of(2027, 1, 31), null, LocalTime.of(19, 0), LocalTime.of(21, 0),
				Recurrence.MONTHLY, LocalDate.of(2027, 4, 30));

		assertThat(cafe.occurrences()).containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28),
				LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 30));
		assertThat(cafe.lastDay()).isEqualTo(LocalDate.of(2027, 4, 30));
		assertThat(cafe.overlaps(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31))).isTrue();
		assertThat(cafe.overlaps(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 31))).isFalse();
	}

	@Test
	void aWeeklyOneIsCappedAndAOneOffHasOneDay() {
		Activity weekly = cafe(LocalDate.of(2027, 1, 4), null, null, null, Recurrence.WEEKLY, LocalDate.of(2029, 1, 4));
		assertThat(weekly.occurrences()).hasSize(Activity.MAX_OCCURRENCES);
		Activity once = cafe(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5), null, null, null,
				LocalDate.of(2027, 6, 1));
		assertThat(once.occurrences()).containsExactly(LocalDate.of(2027, 1, 4));
		assertThat(once.repeatUntil()).as("no repetition, no last date").isNull();
		assertThat(once.recurrence()).isEqualTo(Recurrence.NONE);
	}

	@Test
	void implausibleTimesAndRepetitionsAreRefusedOnTheirField() {
		LocalDate day = LocalDate.of(2027, 1, 4);
		assertThatThrownBy(() -> cafe(day, null, LocalTime.of(21, 0), LocalTime.of(19, 0), null, null))
			.isInstanceOfSatisfying(InvalidPlanContent.class, ex -> assertThat(ex.field()).isEqualTo("endTime"));
		assertThatThrownBy(() -> cafe(day, null, null, LocalTime.of(19, 0), null, null))
			.isInstanceOfSatisfying(InvalidPlanContent.class, ex -> assertThat(ex.field()).isEqualTo("startTime"));
		assertThatThrownBy(() -> cafe(day, day.plusDays(1), null, null, Recurrence.WEEKLY, day.plusMonths(1)))
			.isInstanceOfSatisfying(InvalidPlanContent.class, ex -> assertThat(ex.field()).isEqualTo("recurrence"));
		assertThatThrownBy(() -> cafe(day, null, null, null, Recurrence.MONTHLY, null))
			.isInstanceOfSatisfying(InvalidPlanContent.class, ex -> assertThat(ex.field()).isEqualTo("repeatUntil"));
		assertThatThrownBy(() -> cafe(day, null, null, null, Recurrence.MONTHLY, day))
			.isInstanceOfSatisfying(InvalidPlanContent.class, ex -> assertThat(ex.field()).isEqualTo("repeatUntil"));
		assertThatThrownBy(() -> cafe(day, null, null, null, Recurrence.MONTHLY, day.plusYears(2).plusDays(1)))
			.isInstanceOfSatisfying(InvalidPlanContent.class, ex -> assertThat(ex.field()).isEqualTo("repeatUntil"));
		// an activity over two days may end earlier in the day than it began
		assertThat(cafe(day, day.plusDays(1), LocalTime.of(21, 0), LocalTime.of(12, 0), null, null).endTime())
			.isEqualTo(LocalTime.of(12, 0));
	}

}
