package org.inclusivecities.platform.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.SecretTokens;
import org.inclusivecities.platform.plan.Texts;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A gathering of the network announced by the secretariat ({@code cityId} null) or by a city (its {@code cityId}):
 * times are kept as instants with the zone they were announced in, so every reader sees the organiser's local time
 * and calendar clients get exact times. Created only through {@link #announce}, which refuses what
 * {@link EventDetails#problems} names.
 */
@Document("network_events")
@CompoundIndex(name = "organiser_start", def = "{ 'cityId': 1, 'startsAt': -1 }")
@CompoundIndex(name = "start", def = "{ 'startsAt': 1 }")
public class NetworkEvent {

	@Id
	private String id;

	private String cityId;

	private String organiserName;

	private EventKind kind;

	private String title;

	private String description;

	private Instant startsAt;

	private Instant endsAt;

	private String zone;

	private boolean online;

	private String link;

	private String place;

	private Double latitude;

	private Double longitude;

	private String language;

	private int capacity;

	private boolean registrationOpen;

	private Instant announcedAt;

	private Instant cancelledAt;

	private Instant remindedAt;

	private List<Registration> attendees = new ArrayList<>();

	private List<Registration> waiting = new ArrayList<>();

	@Version
	private Long version;

	NetworkEvent() {
	}

	/**
	 * A new, open event of the secretariat ({@code cityId} null) or of a city.
	 * @throws InvalidNetworkEvent on the first field {@link EventDetails#problems} names
	 */
	public static NetworkEvent announce(EventDetails details, String cityId, String organiserName, Instant now) {
		refuseProblems(details, now);
		NetworkEvent event = new NetworkEvent();
		event.cityId = cityId;
		event.organiserName = organiserName;
		event.apply(details);
		event.registrationOpen = true;
		event.announcedAt = now;
		return event;
	}

	/**
	 * The organiser's new details for a meeting still to come. A capacity below the seats already taken is refused
	 * (nobody loses a seat); a larger one moves the first on the waiting list up, who are returned to be told.
	 * @throws InvalidNetworkEvent on the first unacceptable field
	 * @throws InvalidMeetingTransition when the meeting is cancelled or has begun
	 */
	public List<Registration> edit(EventDetails details, Instant now) {
		refuseUnlessUpcoming(now);
		refuseProblems(details, now);
		if (details.capacity() < attendees.size()) {
			throw new InvalidNetworkEvent("capacity", "meetings.error.capacity.belowSeated");
		}
		apply(details);
		return moveUp();
	}

	/**
	 * Calls the meeting off: it stays readable (marked cancelled) and takes no more registrations.
	 * @throws InvalidMeetingTransition when already cancelled or begun
	 */
	public void cancel(Instant now) {
		refuseUnlessUpcoming(now);
		cancelledAt = now;
		registrationOpen = false;
	}

	/**
	 * The organiser closes registration (nobody else registers; who is registered stays) or opens it again.
	 * @throws InvalidMeetingTransition when it already is so, or the meeting is cancelled or has begun
	 */
	public void openRegistration(boolean open, Instant now) {
		refuseUnlessUpcoming(now);
		if (registrationOpen == open) {
			throw new InvalidMeetingTransition("Registration is already " + (open ? "open" : "closed"),
					open ? "refusal.meeting.alreadyOpen" : "refusal.meeting.closed");
		}
		registrationOpen = open;
	}

	/**
	 * A seat for the person while one is free, else the end of the waiting list.
	 * @throws InvalidMeetingTransition when the meeting takes no registrations or the person is already registered
	 */
	public Placement register(String personId, String name, Instant now) {
		if (!takesRegistrations(now)) {
			throw new InvalidMeetingTransition("Registration is closed", "refusal.meeting.closed");
		}
		if (placementOf(personId).isPresent()) {
			throw new InvalidMeetingTransition("Already registered", "refusal.meeting.registered");
		}
		return place(new Registration(personId, name, now));
	}

	/**
	 * A seat (or the waiting list) for someone of the public who confirmed their registration by email.
	 * @throws InvalidMeetingTransition when the meeting takes no registrations or the address is already registered
	 */
	public Placement registerByEmail(String name, String email, Language language, Instant now) {
		if (!takesRegistrations(now)) {
			throw new InvalidMeetingTransition("Registration is closed", "refusal.meeting.closed");
		}
		if (registrations().anyMatch(r -> r.isOfEmail(email))) {
			throw new InvalidMeetingTransition("Already registered", "refusal.meeting.registered");
		}
		return place(Registration.byEmail(name, email, language, now));
	}

	private Placement place(Registration registration) {
		if (attendees.size() < capacity) {
			attendees.add(registration);
			return Placement.SEATED;
		}
		waiting.add(registration);
		return Placement.WAITING;
	}

	/**
	 * A fresh secret key for the mail about to go to this registrant (its personal calendar file and cancel link),
	 * returned once; only its digest is kept, with those of the latest mails before it.
	 */
	public Notice notice(Registration registration) {
		String key = SecretTokens.generate("r");
		String hash = SecretTokens.hash(key);
		Registration keyed = registration;
		for (List<Registration> list : List.of(attendees, waiting)) {
			for (int i = 0; i < list.size(); i++) {
				if (same(list.get(i), registration)) {
					keyed = list.get(i).withKeyHash(hash);
					list.set(i, keyed);
					return new Notice(keyed, key, list == attendees);
				}
			}
		}
		throw new IllegalArgumentException("Not registered for this meeting");
	}

	/** The registration a mail's key belongs to, if any. */
	public Optional<Registration> holderOf(String key) {
		if (key == null || key.length() > 100) {
			return Optional.empty();
		}
		return registrations().filter(r -> r.holds(key)).findFirst();
	}

	/** Whether the registration has one of the seats (not the waiting list). */
	public boolean seats(Registration registration) {
		return attendees.stream().anyMatch(r -> same(r, registration));
	}

	/**
	 * Gives up the place a mail's key belongs to, as {@link #unregister} does.
	 * @throws InvalidMeetingTransition when the key is no registration's or the meeting has begun
	 */
	public Optional<Registration> leave(String key, Instant now) {
		if (!now.isBefore(startsAt)) {
			throw new InvalidMeetingTransition("The meeting has begun", "refusal.meeting.begun");
		}
		Registration holder = holderOf(key)
			.orElseThrow(() -> new InvalidMeetingTransition("Not registered", "refusal.meeting.notRegistered"));
		boolean seated = attendees.removeIf(r -> same(r, holder));
		waiting.removeIf(r -> same(r, holder));
		return seated && cancelledAt == null ? moveUp().stream().findFirst() : Optional.empty();
	}

	private java.util.stream.Stream<Registration> registrations() {
		return java.util.stream.Stream.concat(attendees.stream(), waiting.stream());
	}

	/** The same registrant: the same person, or the same address of someone who registered by email. */
	static boolean same(Registration a, Registration b) {
		return a.personId() != null ? a.isOf(b.personId()) : b.isOfEmail(a.email());
	}

	/**
	 * Gives up the person's seat or place on the waiting list; a freed seat goes to the first on the waiting list,
	 * who is returned (to be told).
	 * @throws InvalidMeetingTransition when the person is not registered or the meeting has begun
	 */
	public Optional<Registration> unregister(String personId, Instant now) {
		if (!now.isBefore(startsAt)) {
			throw new InvalidMeetingTransition("The meeting has begun", "refusal.meeting.begun");
		}
		boolean seated = attendees.removeIf(r -> r.isOf(personId));
		boolean wasWaiting = !seated && waiting.removeIf(r -> r.isOf(personId));
		if (!seated && !wasWaiting) {
			throw new InvalidMeetingTransition("Not registered", "refusal.meeting.notRegistered");
		}
		return cancelledAt == null ? moveUp().stream().findFirst() : Optional.empty();
	}

	/**
	 * Removes the person from the seats and the waiting list whatever the meeting's state (their data is erased);
	 * a seat freed before the meeting begins goes to the first waiting, who is returned.
	 */
	public Optional<Registration> forget(String personId, Instant now) {
		boolean seated = attendees.removeIf(r -> r.isOf(personId));
		waiting.removeIf(r -> r.isOf(personId));
		return seated && cancelledAt == null && now.isBefore(startsAt) ? moveUp().stream().findFirst()
				: Optional.empty();
	}

	/** Where the person stands: a seat, the waiting list, or nowhere (empty). */
	public Optional<Placement> placementOf(String personId) {
		if (attendees.stream().anyMatch(r -> r.isOf(personId))) {
			return Optional.of(Placement.SEATED);
		}
		return waiting.stream().anyMatch(r -> r.isOf(personId)) ? Optional.of(Placement.WAITING)
				: Optional.empty();
	}

	/** Whether the reminder of the day before is due: upcoming, not cancelled, not yet sent, starting within a day. */
	public boolean reminderDue(Instant now) {
		return cancelledAt == null && remindedAt == null && now.isBefore(startsAt)
				&& !now.plus(java.time.Duration.ofDays(1)).isBefore(startsAt);
	}

	/** Records that the reminder of the day before went out. */
	public void reminded(Instant now) {
		remindedAt = now;
	}

	private List<Registration> moveUp() {
		List<Registration> moved = new ArrayList<>();
		while (attendees.size() < capacity && !waiting.isEmpty()) {
			Registration first = waiting.removeFirst();
			attendees.add(first);
			moved.add(first);
		}
		return moved;
	}

	private void refuseUnlessUpcoming(Instant now) {
		if (cancelledAt != null) {
			throw new InvalidMeetingTransition("The meeting is cancelled", "refusal.meeting.cancelled");
		}
		if (!now.isBefore(startsAt)) {
			throw new InvalidMeetingTransition("The meeting has begun", "refusal.meeting.begun");
		}
	}

	private static void refuseProblems(EventDetails details, Instant now) {
		Map<String, String> problems = details.problems(now);
		if (!problems.isEmpty()) {
			Map.Entry<String, String> first = problems.entrySet().iterator().next();
			throw new InvalidNetworkEvent(first.getKey(), first.getValue());
		}
	}

	private void apply(EventDetails details) {
		kind = details.kind();
		title = Texts.required("title", details.title(), EventDetails.TITLE_MAX);
		description = Texts.required("description", details.description(), EventDetails.DESCRIPTION_MAX);
		startsAt = details.start().toInstant();
		endsAt = details.end().toInstant();
		zone = details.zone().getId();
		online = details.online();
		link = details.online() ? details.link().strip() : null;
		place = details.online() ? null : Texts.required("place", details.place(), EventDetails.PLACE_MAX);
		latitude = details.online() ? null : details.latitude();
		longitude = details.online() ? null : details.longitude();
		language = details.language().strip().toLowerCase(Locale.ROOT);
		capacity = details.capacity();
	}

	/** When and where the meeting takes place, to tell registrants what an edit changed. */
	public Schedule schedule() {
		return new Schedule(start(), end(), online, link, place);
	}

	/** When and where a meeting takes place: its local start and end, online (a link) or in person (a place). */
	public record Schedule(ZonedDateTime start, ZonedDateTime end, boolean online, String link, String place) {

		/**
		 * What differs in {@code now}, as the change mail's model: {@code timeChanged} with the former start and end,
		 * {@code placeChanged} with the former place ({@code wasPlace}, null when it was online: an old link is
		 * not repeated), {@code linkChanged} when only the online link changed; empty when neither time nor place did.
		 */
		public Map<String, Object> changesTo(Schedule now) {
			Map<String, Object> changes = new java.util.HashMap<>();
			if (!start.equals(now.start) || !end.equals(now.end)) {
				changes.put("timeChanged", true);
				changes.put("wasStart", start);
				changes.put("wasEnd", end);
				changes.put("wasZone", start.getZone().getId());
			}
			if (online != now.online || !java.util.Objects.equals(place, now.place)) {
				changes.put("placeChanged", true);
				changes.put("wasPlace", online ? null : place);
			}
			else if (online && !link.equals(now.link)) {
				changes.put("linkChanged", true);
			}
			return changes;
		}

	}

	/** Whether the event's registration still takes people (open, and the event has not begun). */
	public boolean takesRegistrations(Instant now) {
		return registrationOpen && cancelledAt == null && now.isBefore(startsAt);
	}

	public ZonedDateTime start() {
		return startsAt.atZone(ZoneId.of(zone));
	}

	public ZonedDateTime end() {
		return endsAt.atZone(ZoneId.of(zone));
	}

	/** Whether the secretariat (not a city) organises it. */
	public boolean bySecretariat() {
		return cityId == null;
	}

	public String getId() {
		return id;
	}

	public String getCityId() {
		return cityId;
	}

	public String getOrganiserName() {
		return organiserName;
	}

	public EventKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public String getZone() {
		return zone;
	}

	public boolean isOnline() {
		return online;
	}

	public String getLink() {
		return link;
	}

	public String getPlace() {
		return place;
	}

	public Double getLatitude() {
		return latitude;
	}

	public Double getLongitude() {
		return longitude;
	}

	public String getLanguage() {
		return language;
	}

	public int getCapacity() {
		return capacity;
	}

	public boolean isRegistrationOpen() {
		return registrationOpen;
	}

	public Instant getAnnouncedAt() {
		return announcedAt;
	}

	public Instant getCancelledAt() {
		return cancelledAt;
	}

	public boolean isCancelled() {
		return cancelledAt != null;
	}

	public Instant getRemindedAt() {
		return remindedAt;
	}

	/** The seated, in the order they registered. */
	public List<Registration> getAttendees() {
		return List.copyOf(attendees);
	}

	/** The waiting list, first in line first. */
	public List<Registration> getWaiting() {
		return List.copyOf(waiting);
	}

	public Long getVersion() {
		return version;
	}

}
