package org.inclusivecities.platform.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.inclusivecities.platform.layout.WebAddress;
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
		assertThat(WebAddress.isHttp("https://meet.example.org/abc")).isTrue();
		assertThat(WebAddress.isHttp("http:/no-host")).isFalse();
		EventDetails online = new EventDetails(EventKind.WEBINAR, "Webinar", "Online", LocalDate.parse("2026-07-01"),
				LocalTime.parse("14:00"), LocalDate.parse("2026-07-01"), LocalTime.parse("15:00"), BRUSSELS, true,
				"https://meet.example.org/abc", "ignored", 1.0, 2.0, "EN", 1);
		NetworkEvent webinar = NetworkEvent.announce(online, null, "Secretariat", NOW);
		assertThat(webinar.bySecretariat()).isTrue();
		assertThat(webinar.getPlace()).isNull();
		assertThat(webinar.getLatitude()).isNull();
		assertThat(webinar.getLanguage()).isEqualTo("en");
	}

	@Test
	void textIsTrimmedAndTooLongTextIsNamedOnItsField() {
		EventDetails r = regional();
		EventDetails longTitle = new EventDetails(r.kind(), "x".repeat(EventDetails.TITLE_MAX + 1), " Two\r\nlines ",
				r.startDate(), r.startTime(), r.endDate(), r.endTime(), r.zone(), false, null, " Stadhuis ", null, null,
				"nl", 10);
		assertThat(longTitle.problems(NOW)).containsOnlyKeys("title").containsEntry("title", "meetings.error.title");
		EventDetails fine = new EventDetails(r.kind(), "  Title ", " Two\r\nlines ", r.startDate(), r.startTime(),
				r.endDate(), r.endTime(), r.zone(), false, null, " Stadhuis ", null, null, "nl", 10);
		NetworkEvent event = NetworkEvent.announce(fine, null, "Secretariat", NOW);
		assertThat(event.getTitle()).isEqualTo("Title");
		assertThat(event.getDescription()).isEqualTo("Two\nlines");
		assertThat(event.getPlace()).isEqualTo("Stadhuis");
	}

	@Test
	void seatsFillInOrderThenTheWaitingListAndAFreedSeatGoesToTheFirstWaiting() {
		NetworkEvent event = NetworkEvent.announce(withCapacity(2), "city-1", "Gent", NOW);
		assertThat(event.register("p1", "Ann", NOW)).isEqualTo(Placement.SEATED);
		assertThat(event.register("p2", "Bo", NOW)).isEqualTo(Placement.SEATED);
		assertThat(event.register("p3", "Cas", NOW)).isEqualTo(Placement.WAITING);
		assertThat(event.register("p4", "Dee", NOW)).isEqualTo(Placement.WAITING);
		assertThatThrownBy(() -> event.register("p3", "Cas", NOW)).isInstanceOfSatisfying(
				InvalidMeetingTransition.class, e -> assertThat(e.reasonKey()).isEqualTo("refusal.meeting.registered"));

		assertThat(event.unregister("p1", NOW)).map(Registration::personId).contains("p3");
		assertThat(event.getAttendees()).extracting(Registration::personId).containsExactly("p2", "p3");
		assertThat(event.getWaiting()).extracting(Registration::personId).containsExactly("p4");
		assertThat(event.unregister("p4", NOW)).isEmpty();
		assertThat(event.placementOf("p4")).isEmpty();
		assertThatThrownBy(() -> event.unregister("p4", NOW)).isInstanceOf(InvalidMeetingTransition.class);
	}

	@Test
	void aLargerCapacityMovesTheWaitingUpAndASmallerOneThanTheSeatedIsRefused() {
		NetworkEvent event = NetworkEvent.announce(withCapacity(1), "city-1", "Gent", NOW);
		event.register("p1", "Ann", NOW);
		event.register("p2", "Bo", NOW);
		event.register("p3", "Cas", NOW);
		assertThat(event.edit(withCapacity(2), NOW)).extracting(Registration::personId).containsExactly("p2");
		assertThatThrownBy(() -> event.edit(withCapacity(1), NOW)).isInstanceOfSatisfying(InvalidNetworkEvent.class,
				e -> assertThat(e.messageKey()).isEqualTo("meetings.error.capacity.belowSeated"));
		assertThat(event.getCapacity()).isEqualTo(2);
	}

	@Test
	void aCancelledMeetingTakesNoRegistrationsAndCannotBeCancelledOrEditedAgain() {
		NetworkEvent event = NetworkEvent.announce(regional(), "city-1", "Gent", NOW);
		event.cancel(NOW);
		assertThat(event.isCancelled()).isTrue();
		assertThat(event.takesRegistrations(NOW)).isFalse();
		assertThatThrownBy(() -> event.register("p1", "Ann", NOW)).isInstanceOfSatisfying(
				InvalidMeetingTransition.class, e -> assertThat(e.reasonKey()).isEqualTo("refusal.meeting.closed"));
		assertThatThrownBy(() -> event.cancel(NOW)).isInstanceOfSatisfying(InvalidMeetingTransition.class,
				e -> assertThat(e.reasonKey()).isEqualTo("refusal.meeting.cancelled"));
		assertThatThrownBy(() -> event.edit(regional(), NOW)).isInstanceOf(InvalidMeetingTransition.class);
	}

	@Test
	void aMeetingThatHasBegunCannotBeCancelledNorLeft() {
		NetworkEvent event = NetworkEvent.announce(regional(), "city-1", "Gent", NOW);
		event.register("p1", "Ann", NOW);
		Instant begun = event.getStartsAt();
		assertThatThrownBy(() -> event.cancel(begun)).isInstanceOfSatisfying(InvalidMeetingTransition.class,
				e -> assertThat(e.reasonKey()).isEqualTo("refusal.meeting.begun"));
		assertThatThrownBy(() -> event.unregister("p1", begun)).isInstanceOf(InvalidMeetingTransition.class);
		assertThat(event.reminderDue(begun.minusSeconds(23 * 3600))).isTrue();
		assertThat(event.reminderDue(begun.minusSeconds(25 * 3600))).isFalse();
		event.reminded(begun.minusSeconds(23 * 3600));
		assertThat(event.reminderDue(begun.minusSeconds(3600))).isFalse();
	}

	static EventDetails withCapacity(int capacity) {
		EventDetails r = regional();
		return new EventDetails(r.kind(), r.title(), r.description(), r.startDate(), r.startTime(), r.endDate(),
				r.endTime(), r.zone(), r.online(), r.link(), r.place(), r.latitude(), r.longitude(), r.language(),
				capacity);
	}

}
