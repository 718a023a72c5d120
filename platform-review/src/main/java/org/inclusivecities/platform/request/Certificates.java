package org.inclusivecities.platform.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.inclusivecities.platform.scoring.Recommendation;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Public verification of every certificate ever issued, by its code: what it is today ({@link CertificateState}), since
 * when, and the certificate that took its place. The one public view of a certificate: the page, the PDF, the SVG
 * badge and the JSON read only this. It never names a reviewer.
 */
@Service
public class Certificates {

	static final int CODE_LENGTH = 20;

	private final MongoTemplate mongo;

	private final Clock clock;

	Certificates(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** The certificate with this code (any case), or empty for a code never issued. */
	public Optional<PublicCertificate> verify(String code) {
		if (code == null || code.length() != CODE_LENGTH) {
			return Optional.empty();
		}
		String upper = code.toUpperCase(Locale.ROOT);
		AccreditationRequest request = mongo.findOne(Query.query(new Criteria().orOperator(
				Criteria.where("decision.certificateCode").is(upper),
				Criteria.where("replacedDecisions.decision.certificateCode").is(upper))), AccreditationRequest.class);
		return Optional.ofNullable(request).map(r -> view(r, upper));
	}

	/** The city's certificate the badge stands for (valid today, the latest), if it has one. */
	public Optional<PublicCertificate> currentOf(String cityId) {
		LocalDate today = today();
		return mongo.find(Query.query(Criteria.where("cityId").is(cityId).and("status").is(RequestStatus.DECIDED)),
				AccreditationRequest.class)
			.stream()
			.filter(r -> CertificateState.validNow(r, today))
			.max(java.util.Comparator.comparing(r -> r.getDecision().validUntil()))
			.map(r -> view(r, r.getDecision().certificateCode()));
	}

	private PublicCertificate view(AccreditationRequest request, String code) {
		LocalDate today = today();
		Decision standing = request.getDecision();
		List<ReplacedDecision> replaced = request.getReplacedDecisions();
		Decision decision = standing;
		Instant replacedAt = null;
		for (ReplacedDecision r : replaced) {
			if (code.equals(r.decision().certificateCode())) {
				decision = r.decision();
				replacedAt = r.replacedAt();
			}
		}
		CertificateState state = CertificateState.of(request, code, today);
		Optional<Revocation> revocation = request.revocation(code);
		LocalDate since = switch (state) {
			case REVOKED -> day(revocation.orElseThrow().revokedAt());
			case REPLACED -> day(replacedAt);
			case EXPIRED -> decision.validUntil();
			case SUSPENDED -> request.appeal().map(a -> day(a.at())).orElse(null);
			case VALID -> null;
		};
		String replacedBy = code.equals(standing.certificateCode()) ? null : standing.certificateCode();
		String replaces = replaced.stream()
			.map(r -> r.decision().certificateCode())
			.filter(c -> c != null && !c.equals(code) && code.equals(standing.certificateCode()))
			.reduce((a, b) -> b)
			.orElse(null);
		List<PublicCondition> conditions = decision.conditions()
			.stream()
			.map(c -> new PublicCondition(c.text(), c.dueBy(), c.met()))
			.toList();
		return new PublicCertificate(code, request.getCityId(), decision.outcome(), day(decision.decidedAt()),
				decision.validUntil(), state, since, replacedBy, replaces,
				revocation.map(Revocation::publicReason).orElse(null), conditions);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private static LocalDate day(Instant at) {
		return at == null ? null : LocalDate.ofInstant(at, ZoneOffset.UTC);
	}

	/**
	 * What anyone may know of a certificate: its code, the city, the outcome, the day of the decision, the last day of
	 * validity, its state today and since when (null while valid), the certificate an appeal's decision replaced it
	 * with (null when none, or the new decision did not accredit), the earlier one it replaced, the public reason of
	 * a revocation (null when none was given) and its conditions in their own words, due date and whether met.
	 */
	public record PublicCertificate(String code, String cityId, Recommendation outcome, LocalDate decidedOn,
			LocalDate validUntil, CertificateState state, LocalDate since, String replacedBy, String replaces,
			String publicReason, List<PublicCondition> conditions) {
	}

	/** A condition of the accreditation as the public sees it: the wording, the due date, whether it is met. */
	public record PublicCondition(String text, LocalDate dueBy, boolean met) {
	}

}
