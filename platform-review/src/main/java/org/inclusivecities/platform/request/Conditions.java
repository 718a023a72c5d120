package org.inclusivecities.platform.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.inclusivecities.platform.request.RequestErrors.InvalidInput;
import org.inclusivecities.platform.request.RequestErrors.RequestNotFound;

import org.springframework.stereotype.Service;

/**
 * Tracking the conditions of an accreditation with conditions: the secretariat marks a condition met (today, with
 * a note), recorded in the request's audit trail with actor and time.
 */
@Service
public class Conditions {

	static final int MAX_NOTE = 2000;

	private final RequestsInReview requests;

	private final Secretariat secretariat;

	private final Clock clock;

	Conditions(RequestsInReview requests, Secretariat secretariat, Clock clock) {
		this.requests = requests;
		this.secretariat = secretariat;
		this.clock = clock;
	}

	/** Refused (nothing saved) without a note, for an unknown or already met condition, or a request not decided. */
	public AccreditationRequest markMet(String actorId, String requestId, String conditionId, String note) {
		secretariat.require(actorId);
		if (note == null || note.isBlank()) {
			throw new InvalidInput(List.of("condition.note.required"));
		}
		if (note.strip().length() > MAX_NOTE) {
			throw new InvalidInput(List.of("condition.note.tooLong"));
		}
		AccreditationRequest request = requests.byId(requestId).orElseThrow(() -> new RequestNotFound(requestId));
		var now = clock.instant();
		request.meetCondition(conditionId, note.strip(), actorId, LocalDate.ofInstant(now, ZoneOffset.UTC), now);
		return requests.save(request);
	}

	/** Today, in the platform's calendar (UTC), for computing a condition's state. */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
