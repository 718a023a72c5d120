package org.inclusivecities.platform.meetings;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * The one public view of a network meeting: what its page, the recovery calendar, the iCalendar files and the list
 * show. Nobody's registration is in it, nor an online meeting's link (only those with a seat get it), only how many seats are taken and how many wait; {@code sequence} counts
 * the changes of the meeting (its version), for calendar clients.
 */
public record PublicMeeting(String id, EventKind kind, String title, String description, ZonedDateTime start,
		ZonedDateTime end, boolean online, String place, Double latitude, Double longitude,
		String language, int capacity, int seated, int waiting, String organiserName, String cityId,
		boolean cancelled, boolean registrationOpen, Instant announcedAt, long sequence) {

	static PublicMeeting of(NetworkEvent e) {
		return new PublicMeeting(e.getId(), e.getKind(), e.getTitle(), e.getDescription(), e.start(), e.end(),
				e.isOnline(), e.getPlace(), e.getLatitude(), e.getLongitude(), e.getLanguage(),
				e.getCapacity(), e.getAttendees().size(), e.getWaiting().size(), e.getOrganiserName(), e.getCityId(),
				e.isCancelled(), e.isRegistrationOpen() && !e.isCancelled(), e.getAnnouncedAt(),
				e.getVersion() == null ? 0 : e.getVersion());
	}

	public int seatsLeft() {
		return Math.max(0, capacity - seated);
	}

	public boolean bySecretariat() {
		return cityId == null;
	}

	/** Whether it takes registrations at {@code now} (open, not cancelled, not begun). */
	public boolean takesRegistrations(Instant now) {
		return registrationOpen && now.isBefore(start.toInstant());
	}

	/** The description's paragraphs (its non-blank lines), as pages show them. */
	public java.util.List<String> paragraphs() {
		return description.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	public boolean sameDay() {
		return start.toLocalDate().equals(end.toLocalDate());
	}

}
