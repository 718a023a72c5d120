package org.inclusivecities.platform.plan.monitoring;

import java.util.List;

import org.inclusivecities.platform.plan.PublishedPlans;

import org.springframework.stereotype.Service;

/**
 * What the public may see of a city's monitoring (profile page, open data): its indicators with measurements,
 * and only once the city has published a plan.
 */
@Service
public class PublicMonitoring {

	private final PublishedPlans published;

	private final IndicatorService indicators;

	PublicMonitoring(PublishedPlans published, IndicatorService indicators) {
		this.published = published;
		this.indicators = indicators;
	}

	public List<Indicator> indicatorsOf(String cityId) {
		return published.existsByCityId(cityId) ? indicators.list(cityId) : List.of();
	}

}
