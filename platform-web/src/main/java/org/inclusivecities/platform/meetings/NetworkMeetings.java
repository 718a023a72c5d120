package org.inclusivecities.platform.meetings;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.inclusivecities.platform.people.Person;

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

	private final Clock clock;

	NetworkMeetings(NetworkEvents events, PublicMeetings meetings, MeetingMail mail, Clock clock) {
		this.events = events;
		this.meetings = meetings;
		this.mail = mail;
		this.clock = clock;
	}

	/** A new meeting of this organiser ({@code cityId} null: the secretariat), open for registration. */
	public NetworkEvent announce(String cityId, String organiserName, EventDetails details) {
		return events.save(NetworkEvent.announce(details, cityId, organiserName, clock.instant()));
	}

	/** New details of this organiser's meeting; whoever a larger capacity seats is told by mail. */
	public NetworkEvent edit(String cityId, String id, EventDetails details) {
		NetworkEvent event = get(cityId, id);
		List<Registration> movedUp = event.edit(details, clock.instant());
		NetworkEvent saved = events.save(event);
		movedUp.forEach(r -> mail.movedUp(saved, r));
		return saved;
	}

	/** Calls this organiser's meeting off; everyone registered is told by mail. */
	public NetworkEvent cancel(String cityId, String id) {
		NetworkEvent event = get(cityId, id);
		event.cancel(clock.instant());
		NetworkEvent saved = events.save(event);
		saved.getAttendees().forEach(r -> mail.cancelled(saved, r));
		saved.getWaiting().forEach(r -> mail.cancelled(saved, r));
		return saved;
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
		Registered result = change(meetingId, event -> {
			Placement placement = event.register(person.getId(), person.getDisplayName(), clock.instant());
			return new Registered(placement, Optional.empty());
		});
		NetworkEvent event = result.event();
		event.getAttendees().stream().filter(r -> r.personId().equals(person.getId())).findFirst()
			.or(() -> event.getWaiting().stream().filter(r -> r.personId().equals(person.getId())).findFirst())
			.ifPresent(r -> mail.registered(event, r, result.placement()));
		return result.placement();
	}

	/** Gives up the person's seat or waiting place; the first on the waiting list who moves up is told by mail. */
	public void unregister(String meetingId, Person person) {
		Registered result = change(meetingId,
				event -> new Registered(null, event.unregister(person.getId(), clock.instant())));
		result.movedUp().ifPresent(r -> mail.movedUp(result.event(), r));
	}

	/** Where the person stands at the meeting, if anywhere. */
	public Optional<Placement> placementOf(String meetingId, Person person) {
		return meetings.event(meetingId).flatMap(e -> e.placementOf(person.getId()));
	}

	/** Applies a registration change to the current version, again on a fresh copy when another came first. */
	private Registered change(String meetingId, Function<NetworkEvent, Registered> step) {
		for (int attempt = 1;; attempt++) {
			NetworkEvent event = meetings.event(meetingId).orElseThrow(MeetingNotFound::new);
			Registered result = step.apply(event);
			try {
				return result.savedAs(meetings.save(event));
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private record Registered(Placement placement, Optional<Registration> movedUp, NetworkEvent event) {

		Registered(Placement placement, Optional<Registration> movedUp) {
			this(placement, movedUp, null);
		}

		Registered savedAs(NetworkEvent saved) {
			return new Registered(placement, movedUp, saved);
		}

	}

}
