package org.inclusivecities.platform.meetings;

import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;

import org.inclusivecities.platform.mail.Mailer;
import org.inclusivecities.platform.people.People;

import org.springframework.stereotype.Component;

/**
 * The mails of a meeting, through the outbox in each person's language: the confirmation of a registration (seat or
 * waiting list), the seat that came free for the first on the waiting list, a change of time or place, the reminder
 * of the day before, and the cancellation. Each links to the meeting's page and to its iCalendar file.
 */
@Component
class MeetingMail {

	static final String REGISTERED = "meeting-registered";

	static final String MOVED_UP = "meeting-moved-up";

	static final String REMINDER = "meeting-reminder";

	static final String CANCELLED = "meeting-cancelled";

	static final String CHANGED = "meeting-changed";

	private final Mailer mailer;

	private final People people;

	MeetingMail(Mailer mailer, People people) {
		this.mailer = mailer;
		this.people = people;
	}

	void registered(NetworkEvent event, Notice notice, Placement placement) {
		send(event, notice.registration(), notice, REGISTERED, Map.of("waiting", placement == Placement.WAITING));
	}

	void movedUp(NetworkEvent event, Notice notice) {
		send(event, notice.registration(), notice, MOVED_UP, Map.of());
	}

	void reminder(NetworkEvent event, Notice notice) {
		send(event, notice.registration(), notice, REMINDER, Map.of());
	}

	/** The organiser changed the time or place: what changed ({@link NetworkEvent.Schedule#changesTo}), then all. */
	void changed(NetworkEvent event, Notice notice, Map<String, Object> changes) {
		send(event, notice.registration(), notice, CHANGED, changes);
	}

	void cancelled(NetworkEvent event, Registration registration) {
		send(event, registration, null, CANCELLED, Map.of());
	}

	/**
	 * To the registrant (a signed-in person at their account's address and language, someone registered by email at
	 * theirs). With a {@code notice}, the mail carries its key: the personal calendar file and the cancel link, and
	 * the online link when the notice is to someone with a seat; without, the meeting's public calendar file.
	 */
	private void send(NetworkEvent event, Registration registration, Notice notice, String template,
			Map<String, Object> extra) {
		Optional<Recipient> recipient = registration.personId() == null
				? Optional.of(new Recipient(registration.email(),
						registration.language() == null ? Locale.ENGLISH : registration.language().locale()))
				: people.findById(registration.personId())
					.map(p -> new Recipient(p.getEmail(), p.getLanguage().locale()));
		recipient.ifPresent(to -> {
			Map<String, Object> model = new HashMap<>(extra);
			model.put("title", event.getTitle());
			model.put("start", event.start());
			model.put("end", event.end());
			model.put("zone", event.getZone());
			model.put("online", event.isOnline());
			boolean seated = notice != null && notice.seated();
			model.put("where", event.isOnline() ? (seated ? event.getLink() : null) : event.getPlace());
			String meetingPath = "/meetings/" + event.getId();
			model.put("meetingPath", meetingPath);
			model.put("icsPath", notice == null ? meetingPath + ".ics" : keyPath(event, notice) + ".ics");
			model.put("cancelPath", notice == null ? null : keyPath(event, notice));
			model.put("subjectArgs", new Object[] { event.getTitle() });
			mailer.send(to.email(), to.locale(), template, model);
		});
	}

	/** The registrant's own page of the meeting (and, with .ics, calendar file), found by the mail's key. */
	static String keyPath(NetworkEvent event, Notice notice) {
		return "/meetings/" + event.getId() + "/registration/" + notice.key();
	}

	private record Recipient(String email, Locale locale) {
	}

}
