package org.inclusivecities.platform.meetings;

import java.util.HashMap;
import java.util.Map;

import org.inclusivecities.platform.mail.Mailer;
import org.inclusivecities.platform.people.People;

import org.springframework.stereotype.Component;

/**
 * The mails of a meeting, through the outbox in each person's language: the confirmation of a registration (seat or
 * waiting list), the seat that came free for the first on the waiting list, the reminder of the day before, and the
 * cancellation. Each links to the meeting's page and to its iCalendar file.
 */
@Component
class MeetingMail {

	static final String REGISTERED = "meeting-registered";

	static final String MOVED_UP = "meeting-moved-up";

	static final String REMINDER = "meeting-reminder";

	static final String CANCELLED = "meeting-cancelled";

	private final Mailer mailer;

	private final People people;

	MeetingMail(Mailer mailer, People people) {
		this.mailer = mailer;
		this.people = people;
	}

	void registered(NetworkEvent event, Registration registration, Placement placement) {
		send(event, registration, REGISTERED, Map.of("waiting", placement == Placement.WAITING));
	}

	void movedUp(NetworkEvent event, Registration registration) {
		send(event, registration, MOVED_UP, Map.of());
	}

	void reminder(NetworkEvent event, Registration registration) {
		send(event, registration, REMINDER, Map.of());
	}

	void cancelled(NetworkEvent event, Registration registration) {
		send(event, registration, CANCELLED, Map.of());
	}

	private void send(NetworkEvent event, Registration registration, String template, Map<String, Object> extra) {
		people.findById(registration.personId()).ifPresent(person -> {
			Map<String, Object> model = new HashMap<>(extra);
			model.put("title", event.getTitle());
			model.put("start", event.start());
			model.put("end", event.end());
			model.put("zone", event.getZone());
			model.put("online", event.isOnline());
			model.put("where", event.isOnline() ? event.getLink() : event.getPlace());
			model.put("meetingPath", "/meetings/" + event.getId());
			model.put("icsPath", "/meetings/" + event.getId() + ".ics");
			model.put("subjectArgs", new Object[] { event.getTitle() });
			mailer.send(person.getEmail(), person.getLanguage().locale(), template, model);
		});
	}

}
