package org.inclusivecities.platform.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.inclusivecities.platform.meetings.EventDetails;
import org.inclusivecities.platform.meetings.EventKind;
import org.inclusivecities.platform.meetings.NetworkMeetings;

import org.springframework.stereotype.Component;

/** Two network meetings of the demo: a webinar of the secretariat and a regional meeting Gent organises. */
@Component
class DemoMeetings {

	private final NetworkMeetings meetings;

	private final Clock clock;

	DemoMeetings(NetworkMeetings meetings, Clock clock) {
		this.meetings = meetings;
		this.clock = clock;
	}

	void seed(Map<String, String> cityIds) {
		ZoneId brussels = ZoneId.of("Europe/Brussels");
		LocalDate webinar = LocalDate.now(clock).plusWeeks(3);
		meetings.announce(null, "Inclusive Cities secretariat", new EventDetails(EventKind.WEBINAR,
				"Recovery cafés: what works", "Three cities show how their recovery cafés started and what they learnt.",
				webinar, LocalTime.of(15, 0), webinar, LocalTime.of(16, 30), brussels, true,
				"https://meet.example.org/recovery-cafes", null, null, null, "en", 100));
		LocalDate regional = LocalDate.now(clock).plusWeeks(6);
		meetings.announce(cityIds.get("gent"), "Gent", new EventDetails(EventKind.REGIONAL_MEETING,
				"Regionale bijeenkomst Vlaanderen", "Steden uit Vlaanderen delen wat werkt voor mensen in herstel.",
				regional, LocalTime.of(13, 30), regional, LocalTime.of(17, 0), brussels, false, null,
				"Stadhuis Gent, Botermarkt 1", 51.0543, 3.7249, "nl", 40));
	}

}
