package org.inclusivecities.platform.practice.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.matching.MatchingNetwork;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.PlanPublisher;
import org.inclusivecities.platform.plan.monitoring.Frequency;
import org.inclusivecities.platform.plan.monitoring.IndicatorDefinition;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.plan.monitoring.Measurement;
import org.inclusivecities.platform.practice.PracticeEditing;
import org.inclusivecities.platform.practice.PracticeModeration;

import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the adoption tests seed through the services: a {@link MatchingNetwork} (cities, published plans and practices,
 * people, each run with unique names) and indicators with a measurement.
 */
final class AdoptionSeeds {

	final MatchingNetwork network;

	private final IndicatorService indicators;

	private final Clock clock;

	private AdoptionSeeds(MatchingNetwork network, IndicatorService indicators, Clock clock) {
		this.network = network;
		this.indicators = indicators;
		this.clock = clock;
	}

	static AdoptionSeeds of(ApplicationContext context) {
		return new AdoptionSeeds(new MatchingNetwork(context.getBean(Cities.class), context.getBean(People.class),
				context.getBean(ActionPlanService.class), context.getBean(PlanPublisher.class),
				context.getBean(PracticeEditing.class), context.getBean(PracticeModeration.class),
				context.getBean(PasswordEncoder.class)), context.getBean(IndicatorService.class),
				context.getBean(Clock.class));
	}

	/** A monthly indicator of the city counting people, measured {@code value} ten days ago; its id. */
	String indicator(City city, String name, double value) {
		String id = indicators.define(city.getId(), new IndicatorDefinition(name, "people", null, null, null, null,
				Frequency.MONTHLY, Set.of(), List.of())).getId();
		indicators.record(city.getId(), id, List.of(new Measurement(null, measuredOn(), value, "count", null)));
		return id;
	}

	/** The day {@link #indicator} measures. */
	LocalDate measuredOn() {
		return LocalDate.now(clock).minusDays(10);
	}

}
