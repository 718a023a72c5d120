package org.inclusivecities.platform.request;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bson.Document;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.PublishedPlan;
import org.inclusivecities.platform.plan.PublishedPlans;

import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;

/**
 * Freezes the plan a city asks accreditation for: its latest published version, else the draft that passed the
 * checklist, as the document reviewers will read (like {@link MonitoringFreezer} does for monitoring). The web
 * edge asks for a frozen plan and never touches the database itself.
 */
@Component
public class PlanFreezer {

	private final PublishedPlans published;

	private final ActionPlanService plans;

	private final MongoConverter converter;

	private final Clock clock;

	PlanFreezer(PublishedPlans published, ActionPlanService plans, MongoConverter converter, Clock clock) {
		this.published = published;
		this.plans = plans;
		this.converter = converter;
		this.clock = clock;
	}

	/** The plan of the city as it stands now, and the number of the version it came from (0: the draft). */
	public Frozen freeze(String cityId) {
		var latest = published.findLatestByCityId(cityId);
		var plan = latest.map(PublishedPlan::getSnapshot).orElseGet(() -> plans.draft(cityId).snapshot());
		Document document = (Document) converter.convertToMongoType(plan);
		Map<String, Object> frozen = new LinkedHashMap<>();
		document.forEach((key, value) -> {
			if (value != null) {
				frozen.put(key, value);
			}
		});
		long version = latest.map(p -> (long) p.getNumber()).orElse(0L);
		return new Frozen(plan, new PlanSnapshot(frozen, version, clock.instant()));
	}

	/** The plan as the plan feature models it (for topics and languages) and as the request stores it. */
	public record Frozen(org.inclusivecities.platform.plan.PlanSnapshot plan, PlanSnapshot snapshot) {
	}

}
