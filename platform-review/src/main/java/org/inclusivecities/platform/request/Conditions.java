package org.inclusivecities.platform.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.inclusivecities.platform.request.RequestErrors.InvalidInput;
import org.inclusivecities.platform.request.RequestErrors.RequestNotFound;

import org.springframework.stereotype.Service;

/**
 * Tracking the conditions of an accreditation with conditions: the city reports one done with its evidence, the
 * secretariat confirms it met (today, with a note); both recorded in the request's audit trail with actor and time.
 */
@Service
public class Conditions {

	static final int MAX_NOTE = 2000;

	private final RequestsInReview requests;

	private final Secretariat secretariat;

	private final Clock clock;

	private final AccreditationRequests cityRequests;

	private final ReviewMail mail;

	Conditions(RequestsInReview requests, AccreditationRequests cityRequests, Secretariat secretariat, ReviewMail mail,
			Clock clock) {
		this.cityRequests = cityRequests;
		this.mail = mail;
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

	/**
	 * The city reports a condition of its own request done, with the evidence (what was done, where to see it); the
	 * secretariat is mailed to confirm it. Refused (nothing saved) without evidence, for another city's request
	 * (404), an unknown or already met condition, or a request not decided.
	 */
	public AccreditationRequest report(String cityId, String requestId, String actorId, String conditionId,
			String evidence) {
		if (evidence == null || evidence.isBlank()) {
			throw new InvalidInput(List.of("condition.evidence.required"));
		}
		if (evidence.strip().length() > MAX_NOTE) {
			throw new InvalidInput(List.of("condition.evidence.tooLong"));
		}
		AccreditationRequest request = cityRequests.findByCityIdAndId(cityId, requestId)
			.orElseThrow(() -> new RequestNotFound(requestId));
		var now = clock.instant();
		request.reportCondition(conditionId, evidence.strip(), actorId, LocalDate.ofInstant(now, ZoneOffset.UTC), now);
		AccreditationRequest saved = requests.save(request);
		mail.conditionReported(saved, saved.getDecision().condition(conditionId).orElseThrow());
		return saved;
	}

	/** Today, in the platform's calendar (UTC), for computing a condition's state. */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
