package org.inclusivecities.platform.plan.monitoring;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

import org.inclusivecities.platform.city.CityBadges;
import org.inclusivecities.platform.plan.PublishedPlan;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The "on hold" badge: cities whose report on the previous year is overdue, as {@link MonitoringStatus} decides.
 * Only cities that ever published a plan can be expected to report, so only those are asked.
 */
@Component
class OnHoldBadge implements CityBadges {

	private final MongoTemplate mongo;

	private final MonitoringStatus status;

	private final Clock clock;

	OnHoldBadge(MongoTemplate mongo, MonitoringStatus status, Clock clock) {
		this.mongo = mongo;
		this.status = status;
		this.clock = clock;
	}

	@Override
	public String key() {
		return "on-hold";
	}

	@Override
	public String labelCode() {
		return "monitoring.badge.onHold";
	}

	@Override
	public Set<String> cityIds() {
		return mongo.findDistinct(new Query(), "cityId", PublishedPlan.class, String.class)
			.stream()
			.filter(cityId -> status.isOnHold(cityId, clock))
			.collect(Collectors.toSet());
	}

}
