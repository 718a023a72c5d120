package org.inclusivecities.platform.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;

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
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		return requests.withStatus(RequestStatus.DECIDED)
			.stream()
			.filter(r -> r.getDecision() != null && r.getDecision().accredits()
					&& !today.isAfter(r.getDecision().validUntil()))
			.map(AccreditationRequest::getCityId)
			.collect(Collectors.toSet());
	}

}
