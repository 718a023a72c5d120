package org.inclusivecities.platform.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfileSection;
import org.inclusivecities.platform.plan.monitoring.Indicator;
import org.inclusivecities.platform.plan.monitoring.PublicMonitoring;
import org.inclusivecities.platform.plan.PublicPlan;
import org.inclusivecities.platform.plan.PublicPlans;

import org.springframework.stereotype.Component;

/**
 * The plan's part of a city's public profile: its latest published version only (never the draft), through
 * {@link PublicPlan} (the parts and details the city made public, council names only with consent, public
 * activities only), with upcoming activities and
 * the indicators as charts, each backed by a table of the same values.
 */
@Component
class PlanProfileSection implements CityProfileSection {

	private final PublicPlans published;

	private final PublicMonitoring monitoring;

	private final Clock clock;

	PlanProfileSection(PublicPlans published, PublicMonitoring monitoring, Clock clock) {
		this.published = published;
		this.monitoring = monitoring;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String template() {
		return "plan/profile-section";
	}

	@Override
	public Optional<Map<String, Object>> contribute(City city, Locale locale) {
		return published.latest(city.getId()).map(plan -> {
			LocalDate today = LocalDate.now(clock);
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("plan", plan);
			model.put("slug", city.getSlug());
			model.put("cityName", city.getName());
			model.put("upcoming", plan.activities().stream().filter(a -> !a.lastDay().isBefore(today)).toList());
			model.put("indicators", indicators(city.getId()));
			model.put("reports", monitoring.reportsOf(city.getId()));
			return model;
		});
	}

	private List<Map<String, Object>> indicators(String cityId) {
		List<Indicator> indicators = monitoring.indicatorsOf(cityId);
		return java.util.stream.IntStream.range(0, indicators.size())
			.mapToObj(i -> Map.<String, Object>of("indicator", indicators.get(i), "chart",
					IndicatorController.chart(indicators.get(i)), "key", "profile-indicator-" + i))
			.toList();
	}

}
