package org.inclusivecities.platform.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Meetings a few weeks ahead of today, for tests that run on the real clock. */
final class MeetingFixtures {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private MeetingFixtures() {
	}

	static LocalDate inWeeks(int weeks) {
		return LocalDate.now(ZoneOffset.UTC).plusWeeks(weeks);
	}

	static EventDetails webinar(String title, int capacity) {
		LocalDate day = inWeeks(3);
		return new EventDetails(EventKind.WEBINAR, title, "What works in recovery cafés", day, LocalTime.of(14, 0),
				day, LocalTime.of(15, 30), BRUSSELS, true, "https://meet.example.org/" + capacity, null, null, null,
				"en", capacity);
	}

}
