package org.inclusivecities.platform.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.inclusivecities.platform.mail.Mailer;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.SecretTokens;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Registration by email, with double opt-in: someone of the public gives a name (or pseudonym) and an address, gets
 * a mail with a link (single use, valid {@link #VALIDITY}), and only clicking it takes a seat or a place on the
 * waiting list, under the meeting's usual rules. Asking always ends the same way for the asker, so the form never
 * tells whether an address is registered; an address gets at most {@link #MAILS_PER_DAY} such mails a day, and not
 * two for one meeting within {@link #SPACING}. Addresses are never logged.
 */
@Service
public class MeetingRequests {

	/** How long the link to confirm works. */
	public static final Duration VALIDITY = Duration.ofHours(48);

	static final int MAILS_PER_DAY = 3;

	static final Duration SPACING = Duration.ofMinutes(2);

	static final String CONFIRM = "meeting-confirm";

	private final MongoTemplate mongo;

	private final PublicMeetings meetings;

	private final NetworkMeetings registrations;

	private final Mailer mailer;

	private final Clock clock;

	MeetingRequests(MongoTemplate mongo, PublicMeetings meetings, NetworkMeetings registrations, Mailer mailer,
			Clock clock) {
		this.mongo = mongo;
		this.meetings = meetings;
		this.registrations = registrations;
		this.mailer = mailer;
		this.clock = clock;
	}

	/**
	 * Records the request and mails the link to confirm it, unless the address had too many such mails.
	 * @throws MeetingNotFound when there is no such meeting
	 * @throws InvalidMeetingTransition when it takes no registrations
	 */
	public void request(String meetingId, String name, String email, Language language) {
		Instant now = clock.instant();
		PublicMeeting meeting = meetings.find(meetingId).orElseThrow(MeetingNotFound::new);
		if (!meeting.takesRegistrations(now)) {
			throw new InvalidMeetingTransition("Registration is closed", "refusal.meeting.closed");
		}
		String address = email.strip().toLowerCase(Locale.ROOT);
		List<MeetingRequest> recent = mongo.find(Query.query(Criteria.where("email").is(address)
			.and("requestedAt").gt(now.minus(Duration.ofDays(1)))), MeetingRequest.class);
		if (recent.size() >= MAILS_PER_DAY || recent.stream()
			.anyMatch(r -> r.getMeetingId().equals(meeting.id()) && r.getRequestedAt().isAfter(now.minus(SPACING)))) {
			return; // the asker sees the same answer; the mail sent a moment ago still holds a working link
		}
		String token = SecretTokens.generate("q");
		mongo.insert(new MeetingRequest(meeting.id(), name.strip(), address, language, SecretTokens.hash(token), now,
				now.plus(VALIDITY)));
		mailer.send(address, language.locale(), CONFIRM,
				Map.of("title", meeting.title(), "start", meeting.start(), "end", meeting.end(), "zone",
						meeting.start().getZone().getId(), "confirmPath",
						"/meetings/" + meeting.id() + "/confirm/" + token, "validHours", VALIDITY.toHours(),
						"subjectArgs", new Object[] { meeting.title() }));
	}

	/** The meeting, when the link is one of its requests, not used and not expired. */
	public Optional<PublicMeeting> confirmable(String meetingId, String token) {
		return wellFormed(token)
			.map(t -> mongo.findOne(pending(meetingId, t), MeetingRequest.class))
			.flatMap(r -> meetings.find(r.getMeetingId()));
	}

	/**
	 * Uses up the link and registers its requester (a seat, or the waiting list), who is mailed the confirmation.
	 * @throws MeetingNotFound when the link is unknown, used or expired
	 * @throws InvalidMeetingTransition when the meeting takes no registrations now or the address is registered
	 */
	public Placement confirm(String meetingId, String token) {
		MeetingRequest request = wellFormed(token)
			.map(t -> mongo.findAndRemove(pending(meetingId, t), MeetingRequest.class))
			.orElseThrow(MeetingNotFound::new);
		return registrations.registerByEmail(request.getMeetingId(), request.getName(), request.getEmail(),
				request.getLanguage());
	}

	private Query pending(String meetingId, String token) {
		return Query.query(Criteria.where("tokenHash").is(SecretTokens.hash(token))
			.and("meetingId").is(meetingId)
			.and("expiresAt").gt(clock.instant()));
	}

	private static Optional<String> wellFormed(String token) {
		return Optional.ofNullable(token).filter(t -> t.length() < 100 && t.startsWith("q"));
	}

}
