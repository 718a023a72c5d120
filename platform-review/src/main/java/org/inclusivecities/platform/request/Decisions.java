package org.inclusivecities.platform.request;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.inclusivecities.platform.request.RequestErrors.RequestNotFound;
import org.inclusivecities.platform.scoring.Recommendation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The secretariat decides with reasons; accreditation lasts platform.review.accreditation-validity (3 years)
 * and gets an unguessable certificate code anyone can verify.
 */
@Service
public class Decisions {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int CODE_LENGTH = Certificates.CODE_LENGTH;

	private final SecureRandom random = new SecureRandom();

	private final RequestsInReview requests;

	private final ReviewProperties properties;

	private final Secretariat secretariat;

	private final ReviewMail mail;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Decisions(RequestsInReview requests, ReviewProperties properties, Secretariat secretariat, ReviewMail mail,
			ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.requests = requests;
		this.properties = properties;
		this.secretariat = secretariat;
		this.mail = mail;
		this.clock = clock;
	}

	/** An accreditation, with or without conditions ("not yet" needs its improvement plan: see the other method). */
	public AccreditationRequest decide(String actorId, String requestId, Recommendation outcome, String reasons,
			List<Decision.Condition> conditions) {
		return decide(actorId, requestId, outcome, reasons, conditions, List.of());
	}

	/**
	 * Decides a reviewed request: conditions only with ACCREDIT_WITH_CONDITIONS, an improvement plan (what to change,
	 * by when; at least one point) only and always with NOT_YET. Bad input changes nothing.
	 */
	public AccreditationRequest decide(String actorId, String requestId, Recommendation outcome, String reasons,
			List<Decision.Condition> conditions, List<Decision.Improvement> improvements) {
		secretariat.require(actorId);
		validate(outcome, reasons, conditions, improvements);
		AccreditationRequest request = requests.byId(requestId).orElseThrow(() -> new RequestNotFound(requestId));
		var now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		boolean accredits = outcome != Recommendation.NOT_YET;
		Decision decision = new Decision(outcome, reasons.strip(),
				outcome == Recommendation.ACCREDIT_WITH_CONDITIONS ? conditions : List.of(), now, actorId,
				accredits ? today.plus(properties.accreditationValidity()) : null, accredits ? newCode() : null,
				accredits ? List.of() : improvements);
		request.decide(decision);
		AccreditationRequest saved = requests.save(request);
		events.publishEvent(new AccreditationDecided(saved.getCityId(), saved.getId()));
		Map<String, Object> model = new java.util.HashMap<>(Map.of("outcome", outcome.name(), "reasons",
				decision.reasons(), "conditions", decision.conditions(), "improvements", decision.improvements()));
		saved.metaReview().ifPresent(meta -> model.put("metaReview", meta.text()));
		if (accredits) {
			model.put("validUntil", decision.validUntil());
			model.put("certificateCode", decision.certificateCode());
		}
		mail.decision(saved, model);
		return saved;
	}

	private static void validate(Recommendation outcome, String reasons, List<Decision.Condition> conditions,
			List<Decision.Improvement> improvements) {
		List<String> problems = new java.util.ArrayList<>();
		if (outcome == null) {
			problems.add("decision.outcome.required");
		}
		if (reasons == null || reasons.isBlank()) {
			problems.add("decision.reasons.required");
		}
		if (outcome == Recommendation.ACCREDIT_WITH_CONDITIONS
				&& (conditions == null || conditions.isEmpty() || conditions.stream()
					.anyMatch(c -> c.text() == null || c.text().isBlank() || c.dueBy() == null))) {
			problems.add("decision.conditions.required");
		}
		if (outcome == Recommendation.NOT_YET && (improvements == null || improvements.isEmpty() || improvements.stream()
			.anyMatch(i -> i.text() == null || i.text().isBlank() || i.dueBy() == null))) {
			problems.add("decision.improvements.required");
		}
		if (!problems.isEmpty()) {
			throw new RequestErrors.InvalidInput(problems);
		}
	}

	private String newCode() {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
