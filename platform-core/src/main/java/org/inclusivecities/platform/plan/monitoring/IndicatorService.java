package org.inclusivecities.platform.plan.monitoring;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Activity;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.MonitoredAims;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Defines a city's indicators and records their measurements; every call names the city. */
@Service
public class IndicatorService implements MonitoredAims {

	static final int MAX_INDICATORS = 100;

	private final Indicators indicators;

	private final ActionPlanService plans;

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	IndicatorService(Indicators indicators, ActionPlanService plans, MongoTemplate mongo,
			ApplicationEventPublisher events) {
		this.indicators = indicators;
		this.plans = plans;
		this.mongo = mongo;
		this.events = events;
	}

	public List<Indicator> list(String cityId) {
		return indicators.findAllByCityId(cityId)
			.stream()
			.sorted(Comparator.comparing(i -> i.getDefinition().name().toLowerCase(java.util.Locale.ROOT)))
			.toList();
	}

	public Indicator get(String cityId, String indicatorId) {
		return indicators.findByCityIdAndId(cityId, indicatorId).orElseThrow(IndicatorNotFound::new);
	}

	public Indicator define(String cityId, IndicatorDefinition definition) {
		if (indicators.countByCityId(cityId) >= MAX_INDICATORS) {
			throw new InvalidPlanContent("name", "plan.error.tooMany", MAX_INDICATORS);
		}
		checkActivities(cityId, definition);
		return changed(indicators.save(new Indicator(cityId, definition)));
	}

	/** Changes the definition, provided nobody changed it since {@code version} was read. */
	public Indicator redefine(String cityId, String indicatorId, long version, IndicatorDefinition definition) {
		Indicator indicator = get(cityId, indicatorId);
		if (indicator.getVersion() != version) {
			throw new OptimisticLockingFailureException("Indicator changed since it was read");
		}
		checkActivities(cityId, definition);
		indicator.redefine(definition);
		return changed(indicators.save(indicator));
	}

	public void remove(String cityId, String indicatorId) {
		if (indicators.deleteByCityIdAndId(cityId, indicatorId) == 0) {
			throw new IndicatorNotFound();
		}
		events.publishEvent(new MonitoringChanged(cityId));
	}

	/** Adds measurements to one indicator in a single atomic write. */
	public void record(String cityId, String indicatorId, List<Measurement> measurements) {
		if (measurements.isEmpty() || measurements.size() > Indicator.MAX_MEASUREMENTS) {
			get(cityId, indicatorId);
			throw new InvalidPlanContent("value", "plan.error.tooMany", Indicator.MAX_MEASUREMENTS);
		}
		var result = mongo.updateFirst(
				query(where("cityId").is(cityId).and("_id").is(indicatorId)
					.and("measurements." + (Indicator.MAX_MEASUREMENTS - measurements.size())).exists(false)),
				new Update().push("measurements").each(measurements.toArray()).inc("version", 1), Indicator.class);
		if (result.getMatchedCount() == 0) {
			get(cityId, indicatorId);
			throw new InvalidPlanContent("value", "plan.error.tooMany", Indicator.MAX_MEASUREMENTS);
		}
		events.publishEvent(new MonitoringChanged(cityId));
	}

	public void removeMeasurement(String cityId, String indicatorId, String measurementId) {
		var result = mongo.updateFirst(query(where("cityId").is(cityId).and("_id").is(indicatorId)),
				new Update().pull("measurements", new org.bson.Document("_id", measurementId)).inc("version", 1),
				Indicator.class);
		if (result.getMatchedCount() == 0) {
			throw new IndicatorNotFound();
		}
		events.publishEvent(new MonitoringChanged(cityId));
	}

	private Indicator changed(Indicator indicator) {
		events.publishEvent(new MonitoringChanged(indicator.getCityId()));
		return indicator;
	}

	@Override
	public Set<Aim> withBaseline(String cityId) {
		Set<Aim> aims = EnumSet.noneOf(Aim.class);
		indicators.findAllByCityId(cityId)
			.stream()
			.filter(i -> i.getDefinition().hasBaseline())
			.forEach(i -> aims.addAll(i.getDefinition().aims()));
		return aims;
	}

	private void checkActivities(String cityId, IndicatorDefinition definition) {
		List<String> known = plans.draft(cityId).activities().content().activities().stream().map(Activity::id).toList();
		if (!known.containsAll(definition.activityIds())) {
			throw new InvalidPlanContent("activityIds", "monitoring.error.unknownActivity");
		}
	}

}
