package org.inclusivecities.platform.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.inclusivecities.platform.request.RequestErrors.RequestNotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The secretariat revokes a city's certificate: with a reason (audited, mailed to the city's admins) and, when given,
 * a reason for the public verification page. The badge goes at once; the certificate stays verifiable as revoked.
 */
@Service
public class Revocations {

	private final RequestsInReview requests;

	private final Secretariat secretariat;

	private final ReviewMail mail;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Revocations(RequestsInReview requests, Secretariat secretariat, ReviewMail mail, ApplicationEventPublisher events,
			Clock clock) {
		this.requests = requests;
		this.secretariat = secretariat;
		this.mail = mail;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Refused, nothing saved: without a reason or with one too long ({@code revoke.reason.*},
	 * {@code revoke.publicReason.tooLong}), for a request without a standing accreditation (409), or twice (409).
	 */
	public AccreditationRequest revoke(String actorId, String requestId, String reason, String publicReason) {
		secretariat.require(actorId);
		String why = AccreditationService.reason(reason, "revoke.reason");
		String shown = publicReason == null || publicReason.isBlank() ? null : publicReason.strip();
		if (shown != null && shown.length() > AccreditationService.MAX_APPEAL_REASON) {
			throw new RequestErrors.InvalidInput(List.of("revoke.publicReason.tooLong"));
		}
		AccreditationRequest request = requests.byId(requestId).orElseThrow(() -> new RequestNotFound(requestId));
		Instant now = clock.instant();
		request.revoke(why, shown, actorId, now);
		AccreditationRequest saved = requests.save(request);
		events.publishEvent(new CertificateRevoked(saved.getCityId(), saved.getId()));
		mail.revoked(saved, saved.revocation(saved.getDecision().certificateCode()).orElseThrow());
		return saved;
	}

}
