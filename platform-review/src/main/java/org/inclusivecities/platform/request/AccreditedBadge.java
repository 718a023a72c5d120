package org.inclusivecities.platform.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.inclusivecities.platform.city.CityBadges;

import org.springframework.stereotype.Component;

/** The "accredited" badge: cities with a decided, accrediting request whose certificate is still valid today. */
@Component
class AccreditedBadge implements CityBadges {

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

	private Stream<AccreditationRequest> validDecisions() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		return requests.withStatus(RequestStatus.DECIDED)
			.stream()
			.filter(r -> r.getDecision() != null && r.getDecision().accredits()
					&& !today.isAfter(r.getDecision().validUntil()));
	}

}
