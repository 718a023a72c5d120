package org.inclusivecities.platform.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.inclusivecities.platform.city.CityBadges;
import org.inclusivecities.platform.city.CityMilestones;

import org.springframework.stereotype.Component;

/**
 * The "accredited" badge: cities with a decided, accrediting request whose certificate is valid today (not expired,
 * revoked, replaced or suspended by an appeal: {@link CertificateState}, the verification page's rule). Also the last
 * milestone of the charter on the profile, reached for as long as the badge holds.
 */
@Component
class AccreditedBadge implements CityBadges, CityMilestones {

	private static final List<Milestone> MILESTONES = List.of(new Milestone("accredited", 80, "review.milestone.accredited"));

	private final RequestsInReview requests;

	private final Clock clock;

	AccreditedBadge(RequestsInReview requests, Clock clock) {
		this.requests = requests;
		this.clock = clock;
	}

	@Override
	public String key() {
		return "accredited";
	}

	@Override
	public String labelCode() {
		return "review.badge.accredited";
	}

	@Override
	public Set<String> cityIds() {
		return validDecisions().map(AccreditationRequest::getCityId).collect(Collectors.toSet());
	}

	/** Until when the city is accredited (its latest valid certificate) and that certificate's public page. */
	@Override
	public Optional<Award> awardOf(String cityId) {
		return validDecisions().filter(r -> cityId.equals(r.getCityId()))
			.map(AccreditationRequest::getDecision)
			.max(Comparator.comparing(Decision::validUntil))
			.map(d -> new Award(d.validUntil(), "/accreditations/" + d.certificateCode()));
	}

	@Override
	public List<Milestone> milestones() {
		return MILESTONES;
	}

	/** Reached until the latest valid certificate's last day. */
	@Override
	public Progress progressOf(String cityId, LocalDate today) {
		return progressOf(List.of(cityId), today).get(cityId);
	}

	/** One read for all cities. */
	@Override
	public Map<String, Progress> progressOf(Collection<String> cityIds, LocalDate today) {
		Map<String, LocalDate> until = validDecisions(today).collect(Collectors.toMap(AccreditationRequest::getCityId,
				r -> r.getDecision().validUntil(), (a, b) -> a.isAfter(b) ? a : b));
		Map<String, Progress> progress = new LinkedHashMap<>();
		cityIds.forEach(id -> progress.put(id, until.containsKey(id)
				? new Progress(Set.of(key()), until.get(id).plusDays(1)) : Progress.NONE));
		return progress;
	}

	private Stream<AccreditationRequest> validDecisions() {
		return validDecisions(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
	}

	private Stream<AccreditationRequest> validDecisions(LocalDate today) {
		return requests.withStatus(RequestStatus.DECIDED)
			.stream()
			.filter(r -> CertificateState.validNow(r, today));
	}

}
