package org.inclusivecities.platform.request;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.bson.types.ObjectId;
import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.request.RequestErrors.NotReadyForAccreditation;
import org.inclusivecities.platform.request.RequestErrors.RequestNotFound;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** What a city does with its own requests: ask for accreditation, withdraw, appeal a decision once. */
@Service
public class AccreditationService {

	static final List<RequestStatus> OPEN = List.of(RequestStatus.AWAITING_REVIEWERS, RequestStatus.PROPOSED,
			RequestStatus.IN_REVIEW, RequestStatus.REVIEWED);

	/** The longest appeal reason kept. */
	public static final int MAX_APPEAL_REASON = 4000;

	private final AccreditationRequests requests;

	private final ObjectProvider<AccreditationEligibility> eligibility;

	private final ReviewProperties properties;

	private final MonitoringFreezer monitoring;

	private final EvidenceFiles evidence;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AccreditationService(AccreditationRequests requests, ObjectProvider<AccreditationEligibility> eligibility,
			ReviewProperties properties, MonitoringFreezer monitoring, EvidenceFiles evidence, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.requests = requests;
		this.eligibility = eligibility;
		this.properties = properties;
		this.monitoring = monitoring;
		this.evidence = evidence;
		this.clock = clock;
	}

	/** {@link #submit(String, String, PlanSnapshot, Set, Set, Period, List)} without evidence files. */
	public String submit(String cityId, String actorId, PlanSnapshot snapshot, Set<String> languages,
			Set<String> topics, Period reviewPeriod) {
		return submit(cityId, actorId, snapshot, languages, topics, reviewPeriod, List.of());
	}

	/**
	 * Freezes the plan snapshot, the latest submitted monitoring report with the indicators, and the evidence
	 * files into a new request. Refused while the readiness check reports missing items, while no readiness check
	 * is installed, or while another request of the city is open; then nothing is stored. The files are stored
	 * only once those checks passed, and removed again when the request cannot be saved.
	 */
	public String submit(String cityId, String actorId, PlanSnapshot snapshot, Set<String> languages,
			Set<String> topics, Period reviewPeriod, List<EvidenceUpload> uploads) {
		return submit(cityId, actorId, snapshot, languages, topics, reviewPeriod, uploads, false);
	}

	/** As above; {@code languageRequired}: the city asks that every reviewer reads one of its languages. */
	public String submit(String cityId, String actorId, PlanSnapshot snapshot, Set<String> languages,
			Set<String> topics, Period reviewPeriod, List<EvidenceUpload> uploads, boolean languageRequired) {
		if (uploads.size() > EvidenceUpload.MAX_FILES) {
			throw new EvidenceRejected(EvidenceRejected.Reason.TOO_MANY);
		}
		AccreditationEligibility check = eligibility.getIfAvailable();
		if (check == null) {
			throw new NotReadyForAccreditation(List.of("accreditation.readiness-unavailable"));
		}
		List<String> missing = check.missingItems(cityId);
		if (!missing.isEmpty()) {
			throw new NotReadyForAccreditation(missing);
		}
		if (requests.existsByCityIdAndStatusIn(cityId, OPEN)) {
			throw new NotReadyForAccreditation(List.of("accreditation.request-already-open"));
		}
		String requestId = new ObjectId().toHexString();
		FrozenMonitoring frozen = monitoring.freeze(cityId);
		java.util.Optional<AccreditationRequest> notYet = latestNotYet(cityId);
		List<EvidenceFile> stored = evidence.store(cityId, requestId, uploads);
		try {
			AccreditationRequest request = AccreditationRequest.submit(requestId, cityId, snapshot.with(frozen, stored),
					languages, topics, reviewPeriod, properties.reviewersPerRequest(), actorId, clock.instant());
			request.requireLanguage(languageRequired && !languages.isEmpty());
			notYet.ifPresent(request::follows);
			return requests.save(request).getId();
		}
		catch (RuntimeException ex) {
			evidence.delete(stored);
			throw ex;
		}
	}

	/** The city's latest request when it was decided "not yet": a new request resubmits it. */
	private java.util.Optional<AccreditationRequest> latestNotYet(String cityId) {
		return requests.findAllByCityIdOrderBySubmittedAtDesc(cityId)
			.stream()
			.findFirst()
			.filter(r -> r.getStatus() == RequestStatus.DECIDED && r.getDecision() != null
					&& !r.getDecision().accredits());
	}

	/** The city withdraws its request before a decision, saying why (kept in the audit trail). */
	public void withdraw(String cityId, String requestId, String actorId, String reason) {
		AccreditationRequest request = own(cityId, requestId);
		request.withdraw(actorId, reason(reason, "withdraw.reason"), clock.instant());
		requests.save(request);
	}

	/** A required free-text reason, stripped; refused as {@code <key>.required} or {@code <key>.tooLong}. */
	static String reason(String reason, String key) {
		if (reason == null || reason.isBlank()) {
			throw new RequestErrors.InvalidInput(List.of(key + ".required"));
		}
		if (reason.strip().length() > MAX_APPEAL_REASON) {
			throw new RequestErrors.InvalidInput(List.of(key + ".tooLong"));
		}
		return reason.strip();
	}

	/**
	 * The one appeal, with a reason: a new review round by reviewers who did not review this request before
	 * (routing excludes every earlier reviewer, see RoutingInputs#routingRequest). Its certificate, if any, is suspended
	 * until the new decision (the badge is gone meanwhile). Refused without a reason, for a request not decided, or
	 * when the appeal was used.
	 */
	public void appeal(String cityId, String requestId, String actorId, String reason) {
		AccreditationRequest request = own(cityId, requestId);
		request.appeal(actorId, reason(reason, "appeal.reason"), clock.instant());
		requests.save(request);
		events.publishEvent(new AccreditationAppealed(cityId, requestId));
	}

	/** Whether the city has a request under way (submitted, not yet decided or withdrawn). */
	public boolean hasOpenRequest(String cityId) {
		return requests.findAllByCityIdOrderBySubmittedAtDesc(cityId).stream().anyMatch(r -> r.getStatus().open());
	}

	/** The city's requests, as the city may see them (blind unless open review is on). */
	public List<ReviewViews.CityView> ownRequests(String cityId) {
		return requests.findAllByCityIdOrderBySubmittedAtDesc(cityId)
			.stream()
			.map(r -> Reviews.cityView(r, properties.openReview()))
			.toList();
	}

	private AccreditationRequest own(String cityId, String requestId) {
		return requests.findByCityIdAndId(cityId, requestId).orElseThrow(() -> new RequestNotFound(requestId));
	}

}
