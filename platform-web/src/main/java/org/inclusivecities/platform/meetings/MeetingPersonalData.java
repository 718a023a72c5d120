package org.inclusivecities.platform.meetings;

import java.util.Map;
import java.util.Optional;

import org.inclusivecities.platform.city.DataSubject;
import org.inclusivecities.platform.city.PersonalData;

import org.springframework.stereotype.Component;

/**
 * A person's registrations for network meetings: exported (which meeting, when it starts, a seat or the waiting
 * list, since when), and on erasure taken off every meeting, a freed seat going to the first waiting.
 */
@Component
class MeetingPersonalData implements PersonalData {

	private final PublicMeetings meetings;

	private final NetworkMeetings registrations;

	MeetingPersonalData(PublicMeetings meetings, NetworkMeetings registrations) {
		this.meetings = meetings;
		this.registrations = registrations;
	}

	@Override
	public String name() {
		return "meetingRegistrations";
	}

	@Override
	public Object exportPerson(DataSubject subject) {
		return meetings.withRegistrationOf(subject.personId()).stream().map(event -> {
			Optional<Registration> registration = event.getAttendees().stream()
				.filter(r -> r.isOf(subject.personId()))
				.findFirst()
				.or(() -> event.getWaiting().stream().filter(r -> r.isOf(subject.personId())).findFirst());
			return Map.of("meeting", event.getTitle(), "meetingId", event.getId(), "startsAt",
					event.getStartsAt().toString(), "placement",
					event.placementOf(subject.personId()).map(Enum::name).orElse(""), "registeredAt",
					registration.map(r -> r.registeredAt().toString()).orElse(""));
		}).toList();
	}

	@Override
	public void erase(DataSubject subject) {
		registrations.forget(subject.personId());
	}

}
