package org.inclusivecities.platform.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkEventTest {

	static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	static EventDetails regional() {
		return new EventDetails(EventKind.REGIONAL_MEETING, "Regional meeting Flanders", "Sharing what works",
				LocalDate.parse("2026-07-01"), LocalTime.parse("14:00"), LocalDate.parse("2026-07-01"),
				LocalTime.parse("16:30"), BRUSSELS, false, null, "Stadhuis Gent", 51.054, 3.725, "nl", 40);
	}

	@Test
	void announcedEventKeepsItsLocalTimesInItsZoneAndIsOpen() {
		NetworkEvent event = NetworkEvent.announce(regional(), "city-1", "Gent", NOW);
		assertThat(event.getStartsAt()).isEqualTo(Instant.parse("2026-07-01T12:00:00Z"));
		assertThat(event.end().toLocalTime()).isEqualTo(LocalTime.parse("16:30"));
		assertThat(event.getPlace()).isEqualTo("Stadhuis Gent");
		assertThat(event.getLink()).isNull();
		assertThat(event.bySecretariat()).isFalse();
		assertThat(event.takesRegistrations(NOW)).isTrue();
		assertThat(event.takesRegistrations(Instant.parse("2026-07-01T12:00:00Z"))).isFalse();
	}

	@Test
	void everyUnacceptableValueIsNamedOnItsField() {
		EventDetails bad = new EventDetails(null, " ", "", LocalDate.parse("2026-06-01"), LocalTime.parse("10:00"),
				LocalDate.parse("2026-05-31"), LocalTime.parse("10:00"), BRUSSELS, true, "javascript:alert(1)", null,
				91.0, 3.0, "xx", 0);
		assertThat(bad.problems(NOW)).containsOnlyKeys("kind", "title", "description", "startDate", "endDate", "link",
				"latitude", "language", "capacity");
		assertThat(bad.problems(NOW)).containsEntry("startDate", "meetings.error.start.past")
			.containsEntry("endDate", "meetings.error.end.beforeStart");
		assertThatThrownBy(() -> NetworkEvent.announce(bad, null, "Secretariat", NOW))
			.isInstanceOfSatisfying(InvalidNetworkEvent.class, e -> assertThat(e.field()).isEqualTo("kind"));
	}

	@Test
	void endMustFollowStartAndTheLinkMustBeHttp() {
		EventDetails sameTime = new EventDetails(EventKind.WEBINAR, "Webinar", "Online", LocalDate.parse("2026-07-01"),
				LocalTime.parse("14:00"), LocalDate.parse("2026-07-01"), LocalTime.parse("14:00"), BRUSSELS, true,
				"ftp://example.org/x", null, null, null, "en", 1);
		assertThat(sameTime.problems(NOW)).containsOnlyKeys("endDate", "link");
		assertThat(EventDetails.httpLink("https://meet.example.org/abc")).isTrue();
		assertThat(EventDetails.httpLink("http:/no-host")).isFalse();
		EventDetails online = new EventDetails(EventKind.WEBINAR, "Webinar", "Online", LocalDate.parse("2026-07-01"),
				LocalTime.parse("14:00"), LocalDate.parse("2026-07-01"), LocalTime.parse("15:00"), BRUSSELS, true,
				"https://meet.example.org/abc", "ignored", 1.0, 2.0, "EN", 1);
		NetworkEvent webinar = NetworkEvent.announce(online, null, "Secretariat", NOW);
		assertThat(webinar.bySecretariat()).isTrue();
		assertThat(webinar.getPlace()).isNull();
		assertThat(webinar.getLatitude()).isNull();
		assertThat(webinar.getLanguage()).isEqualTo("en");
	}

}
