package org.inclusivecities.platform.events;

import java.time.YearMonth;

import org.inclusivecities.platform.plan.ActivityType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarQueriesTest {

	@Test
	void acceptsFiltersInTheirUsualSpellings() {
		CalendarQuery query = CalendarQueries.strict(
				new CalendarQueries.Params(" be ", "Gent", "recovery-walk", "2026-09", 2, 50), 20);
		assertThat(query).isEqualTo(new CalendarQuery("BE", "gent", ActivityType.RECOVERY_WALK, YearMonth.of(2026, 9), 2, 50));
		assertThat(CalendarQueries.strict(new CalendarQueries.Params(null, "", null, " ", null, null), 20))
			.isEqualTo(new CalendarQuery(null, null, null, null, 0, 20));
	}

	@Test
	void strictRefusesTheFirstBadValueWithItsParameter() {
		assertThatThrownBy(() -> CalendarQueries.strict(new CalendarQueries.Params(null, null, null, "13", null, null), 20))
			.isInstanceOfSatisfying(InvalidCalendarQuery.class, ex -> assertThat(ex.parameter()).isEqualTo("month"));
		assertThatThrownBy(() -> CalendarQueries.strict(new CalendarQueries.Params("XYZ", null, null, null, null, null), 20))
			.isInstanceOfSatisfying(InvalidCalendarQuery.class, ex -> assertThat(ex.parameter()).isEqualTo("country"));
		assertThatThrownBy(() -> CalendarQueries.strict(new CalendarQueries.Params(null, null, null, null, null, 0), 20))
			.isInstanceOfSatisfying(InvalidCalendarQuery.class, ex -> assertThat(ex.parameter()).isEqualTo("size"));
		assertThatThrownBy(() -> CalendarQueries.strict(new CalendarQueries.Params(null, "../x", null, null, null, null), 20))
			.isInstanceOfSatisfying(InvalidCalendarQuery.class, ex -> assertThat(ex.parameter()).isEqualTo("city"));
		assertThatThrownBy(() -> CalendarQueries.strict(new CalendarQueries.Params(null, null, null, "1999-12", null, null), 20))
			.isInstanceOf(InvalidCalendarQuery.class);
	}

	@Test
	void lenientDropsEveryBadValueAndReportsEach() {
		CalendarQueries.Lenient result = CalendarQueries
			.lenient(new CalendarQueries.Params("XYZ", "gent", "PARTY", "2026-13", -1, 500), 20);
		assertThat(result.query()).isEqualTo(new CalendarQuery(null, "gent", null, null, 0, 20));
		assertThat(result.errors()).extracting(InvalidCalendarQuery::parameter)
			.containsExactly("country", "type", "month", "page", "size");
	}

}
