package org.inclusivecities.platform.plan.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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

	private final Clock clock;

	IndicatorService(Indicators indicators, ActionPlanService plans, MongoTemplate mongo,
			ApplicationEventPublisher events, Clock clock) {
		this.indicators = indicators;
		this.plans = plans;
		this.mongo = mongo;
		this.events = events;
		this.clock = clock;
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
		checkBaseline(definition);
		return changed(indicators.save(new Indicator(cityId, definition)));
	}

	/** Changes the definition, provided nobody changed it since {@code version} was read. */
	public Indicator redefine(String cityId, String indicatorId, long version, IndicatorDefinition definition) {
		Indicator indicator = get(cityId, indicatorId);
		if (indicator.getVersion() != version) {
			throw new OptimisticLockingFailureException("Indicator changed since it was read");
		}
		checkActivities(cityId, definition);
		checkBaseline(definition);
		indicator.redefine(definition);
		return changed(indicators.save(indicator));
	}

	public void remove(String cityId, String indicatorId) {
		if (indicators.deleteByCityIdAndId(cityId, indicatorId) == 0) {
			throw new IndicatorNotFound();
		}
		events.publishEvent(new MonitoringChanged(cityId));
	}

	/**
	 * Records measurements of one indicator in a single atomic write. A measurement is identified by its date: one
	 * on a date that already has a value replaces it (keeping its id), so recording the same values twice doubles
	 * nothing. Dates after today are refused; a write based on a stale read is refused (409) rather than merged.
	 */
	public void record(String cityId, String indicatorId, List<Measurement> measurements) {
		Indicator indicator = get(cityId, indicatorId);
		if (measurements.isEmpty() || measurements.size() > Indicator.MAX_MEASUREMENTS) {
			throw new InvalidPlanContent("value", "plan.error.tooMany", Indicator.MAX_MEASUREMENTS);
		}
		LocalDate today = LocalDate.now(clock);
		if (measurements.stream().anyMatch(m -> m.date().isAfter(today))) {
			throw new InvalidPlanContent("date", "monitoring.error.future");
		}
		List<Measurement> merged = merged(indicator.getMeasurements(), measurements);
		if (merged.size() > Indicator.MAX_MEASUREMENTS) {
			throw new InvalidPlanContent("value", "plan.error.tooMany", Indicator.MAX_MEASUREMENTS);
		}
		var result = mongo.updateFirst(
				query(where("cityId").is(cityId).and("_id").is(indicatorId).and("version").is(indicator.getVersion())),
				new Update().set("measurements", merged).inc("version", 1), Indicator.class);
		if (result.getMatchedCount() == 0) {
			throw new OptimisticLockingFailureException("Indicator changed since it was read");
		}
		events.publishEvent(new MonitoringChanged(cityId));
	}

	/** The measurements with the new ones in: a new one on a date already measured takes the old one's place and id. */
	static List<Measurement> merged(List<Measurement> existing, List<Measurement> incoming) {
		java.util.Map<LocalDate, Measurement> byDate = new java.util.TreeMap<>();
		existing.forEach(m -> byDate.putIfAbsent(m.date(), m));
		List<Measurement> sameDateTwice = new ArrayList<>();
		existing.stream().filter(m -> byDate.get(m.date()) != m).forEach(sameDateTwice::add);
		for (Measurement m : incoming) {
			Measurement before = byDate.get(m.date());
			byDate.put(m.date(), before == null ? m : new Measurement(before.id(), m.date(), m.value(), m.source(), m.note()));
		}
		List<Measurement> all = new ArrayList<>(byDate.values());
		// values recorded twice on one date before dates identified measurements stay until someone removes them,
		// unless this write replaces that date
		sameDateTwice.stream().filter(m -> incoming.stream().noneMatch(i -> i.date().equals(m.date()))).forEach(all::add);
		return all;
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

	/** A baseline is a value measured already: its date is today or earlier. */
	private void checkBaseline(IndicatorDefinition definition) {
		if (definition.baselineDate() != null && definition.baselineDate().isAfter(LocalDate.now(clock))) {
			throw new InvalidPlanContent("baselineDate", "monitoring.error.baselineFuture");
		}
	}

	private void checkActivities(String cityId, IndicatorDefinition definition) {
		List<String> known = plans.draft(cityId).activities().content().activities().stream().map(Activity::id).toList();
		if (!known.containsAll(definition.activityIds())) {
			throw new InvalidPlanContent("activityIds", "monitoring.error.unknownActivity");
		}
	}

}
