package org.inclusivecities.platform.meetings;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Network meetings announced by the secretariat ({@code cityId} null) or by a city: the organiser announces, edits
 * and cancels its own only (another organiser's meeting is {@link MeetingNotFound}); who may organise for a city (its
 * admins) and for the secretariat (network admins) is enforced at the web edge. Signed-in people register and
 * unregister for any meeting: registrations live inside the meeting's document and every change is saved on the
 * version it was read at, re-read and re-decided when another change came first, so two people can never both take
 * the last seat.
 */
@Service
public class NetworkMeetings {

	static final int ATTEMPTS = 10;

	private final NetworkEvents events;

	private final PublicMeetings meetings;

	private final MeetingMail mail;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	NetworkMeetings(NetworkEvents events, PublicMeetings meetings, MeetingMail mail, ApplicationEventPublisher publisher,
			Clock clock) {
		this.events = events;
		this.meetings = meetings;
		this.mail = mail;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** A new meeting of this organiser ({@code cityId} null: the secretariat), open for registration. */
	public NetworkEvent announce(String cityId, String organiserName, EventDetails details) {
		return changed(events.save(NetworkEvent.announce(details, cityId, organiserName, clock.instant())));
	}

	/**
	 * New details of this organiser's meeting; whoever a larger capacity seats is told by mail, and when its time or
	 * place changed, so is everyone else with a seat or on the waiting list (what changed, and the new details).
	 */
	public NetworkEvent edit(String cityId, String id, EventDetails details) {
		NetworkEvent event = get(cityId, id);
		NetworkEvent.Schedule before = event.schedule();
		List<Registration> moved = event.edit(details, clock.instant());
		List<Notice> movedUp = moved.stream().map(event::notice).toList();
		Map<String, Object> changes = before.changesTo(event.schedule());
		List<Notice> told = changes.isEmpty() ? List.of()
				: java.util.stream.Stream.concat(event.getAttendees().stream(), event.getWaiting().stream())
					.filter(r -> moved.stream().noneMatch(m -> NetworkEvent.same(m, r)))
					.map(event::notice)
					.toList();
		NetworkEvent saved = changed(events.save(event));
		movedUp.forEach(n -> mail.movedUp(saved, n));
		told.forEach(n -> mail.changed(saved, n, changes));
		return saved;
	}

	/** Calls this organiser's meeting off; everyone registered is told by mail. */
	public NetworkEvent cancel(String cityId, String id) {
		NetworkEvent event = get(cityId, id);
		event.cancel(clock.instant());
		NetworkEvent saved = changed(events.save(event));
		saved.getAttendees().forEach(r -> mail.cancelled(saved, r));
		saved.getWaiting().forEach(r -> mail.cancelled(saved, r));
		return saved;
	}

	/** Closes ({@code open} false) or opens again the registration of this organiser's meeting. */
	public NetworkEvent openRegistration(String cityId, String id, boolean open) {
		NetworkEvent event = get(cityId, id);
		event.openRegistration(open, clock.instant());
		return changed(events.save(event));
	}

	/** This organiser's meeting, with its registrations; {@link MeetingNotFound} for any other. */
	public NetworkEvent get(String cityId, String id) {
		if (id == null || !id.matches("[0-9a-f]{24}")) {
			throw new MeetingNotFound();
		}
		return events.findByCityIdAndId(cityId, id).orElseThrow(MeetingNotFound::new);
	}

	/** This organiser's meetings, latest start first. */
	public List<NetworkEvent> of(String cityId) {
		return events.findAllByCityIdOrderByStartsAtDesc(cityId);
	}

	/** Registers the person: a seat while one is free, else the waiting list; confirmed by mail. */
	public Placement register(String meetingId, Person person) {
		return registered(change(meetingId, event -> {
			Placement placement = event.register(person.getId(), person.getDisplayName(), clock.instant());
			return new Registered(placement, List.of(noticeOf(event, r -> r.isOf(person.getId()))));
		}));
	}

	/**
	 * Registers someone of the public who confirmed their address (see {@link MeetingRequests}): a seat while one
	 * is free, else the waiting list; confirmed by mail, as a signed-in person's registration is.
	 */
	Placement registerByEmail(String meetingId, String name, String email, Language language) {
		return registered(change(meetingId, event -> {
			Placement placement = event.registerByEmail(name, email, language, clock.instant());
			return new Registered(placement, List.of(noticeOf(event, r -> r.isOfEmail(email))));
		}));
	}

	private Placement registered(Registered result) {
		result.notices().forEach(n -> mail.registered(result.event(), n, result.placement()));
		return result.placement();
	}

	/** Gives up the person's seat or waiting place; the first on the waiting list who moves up is told by mail. */
	public void unregister(String meetingId, Person person) {
		movedUp(change(meetingId, event -> moved(event, event.unregister(person.getId(), clock.instant()))));
	}

	/**
	 * Gives up the place a mail's key belongs to (the cancel link of someone registered, signed in or by email);
	 * whoever moves up is told by mail.
	 * @throws InvalidMeetingTransition when the key is no registration's (any longer) or the meeting has begun
	 */
	public void leave(String meetingId, String key) {
		movedUp(change(meetingId, event -> moved(event, event.leave(key, clock.instant()))));
	}

	/** The meeting and the registration a mail's key belongs to, if both exist. */
	public Optional<Keyed> keyed(String meetingId, String key) {
		return meetings.event(meetingId).flatMap(e -> e.holderOf(key).map(r -> new Keyed(e, r)));
	}

	/** Takes the person off every meeting (their data is erased); whoever moves up to a freed seat is told. */
	void forget(String personId) {
		for (NetworkEvent event : meetings.withRegistrationOf(personId)) {
			movedUp(change(event.getId(), e -> moved(e, e.forget(personId, clock.instant()))));
		}
	}

	/** Where the person stands at the meeting, if anywhere. */
	public Optional<Placement> placementOf(String meetingId, Person person) {
		return meetings.event(meetingId).flatMap(e -> e.placementOf(person.getId()));
	}

	/**
	 * The online link of the meeting, for those who may see it: a person with a seat and the meeting's organiser
	 * (a network admin for the secretariat's, an admin of the organising city for a city's); empty for anyone else
	 * and for a meeting in person.
	 */
	public Optional<String> linkFor(String meetingId, Person person) {
		return meetings.event(meetingId)
			.filter(NetworkEvent::isOnline)
			.filter(e -> e.placementOf(person.getId()).orElse(null) == Placement.SEATED || organises(e, person))
			.map(NetworkEvent::getLink);
	}

	private static boolean organises(NetworkEvent event, Person person) {
		return event.bySecretariat() ? person.isNetworkAdmin() : person.hasRole(event.getCityId(), Role.CITY_ADMIN);
	}

	private static Notice noticeOf(NetworkEvent event, java.util.function.Predicate<Registration> who) {
		Registration registration = java.util.stream.Stream.concat(event.getAttendees().stream(),
				event.getWaiting().stream()).filter(who).findFirst().orElseThrow();
		return event.notice(registration);
	}

	private static Registered moved(NetworkEvent event, Optional<Registration> movedUp) {
		return new Registered(null, movedUp.map(event::notice).stream().toList());
	}

	private void movedUp(Registered result) {
		result.notices().forEach(n -> mail.movedUp(result.event(), n));
	}

	/** Applies a registration change to the current version, again on a fresh copy when another came first. */
	private Registered change(String meetingId, Function<NetworkEvent, Registered> step) {
		for (int attempt = 1;; attempt++) {
			NetworkEvent event = meetings.event(meetingId).orElseThrow(MeetingNotFound::new);
			Registered result = step.apply(event);
			try {
				return result.savedAs(changed(meetings.save(event)));
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private NetworkEvent changed(NetworkEvent saved) {
		publisher.publishEvent(new MeetingChanged(saved.getId()));
		return saved;
	}

	/** A meeting and one registration of it, found by a mail's key. */
	public record Keyed(NetworkEvent event, Registration registration) {

		public boolean seated() {
			return event.seats(registration);
		}

		public PublicMeeting meeting() {
			return PublicMeeting.of(event);
		}

	}

	/** What a registration change decided: the placement (when registering) and who is to be mailed. */
	private record Registered(Placement placement, List<Notice> notices, NetworkEvent event) {

		Registered(Placement placement, List<Notice> notices) {
			this(placement, notices, null);
		}

		Registered savedAs(NetworkEvent saved) {
			return new Registered(placement, notices, saved);
		}

	}

}
