package org.inclusivecities.platform.plan.monitoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.city.CityMilestones;
import org.inclusivecities.platform.plan.PublishedPlan;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Monitoring's milestones of the charter, from {@link PublicMonitoring}: indicators reported (an indicator with at
 * least one measurement, shown once a plan is published) and the yearly report handed in, on last year or this one,
 * so the step stays reached while the city keeps up and lapses a year after its latest report.
 */
@Component
class MonitoringMilestones implements CityMilestones {

	static final String INDICATORS = "indicators-reported";

	static final String REPORT = "report-submitted";

	private static final List<Milestone> MILESTONES = List.of(
			new Milestone(INDICATORS, 60, "monitoring.milestone.indicators"),
			new Milestone(REPORT, 70, "monitoring.milestone.report"));

	private final PublicMonitoring monitoring;

	private final MongoTemplate mongo;

	MonitoringMilestones(PublicMonitoring monitoring, MongoTemplate mongo) {
		this.monitoring = monitoring;
		this.mongo = mongo;
	}

	@Override
	public List<Milestone> milestones() {
		return MILESTONES;
	}

	@Override
	public Progress progressOf(String cityId, LocalDate today) {
		Set<String> reached = new HashSet<>();
		if (monitoring.indicatorsOf(cityId).stream().anyMatch(i -> !i.getMeasurements().isEmpty())) {
			reached.add(INDICATORS);
		}
		LocalDate recheck = null;
		if (monitoring.reportHandedIn(cityId, today.getYear())) {
			reached.add(REPORT);
			recheck = LocalDate.of(today.getYear() + 2, 1, 1);
		}
		else if (monitoring.reportHandedIn(cityId, today.getYear() - 1)) {
			reached.add(REPORT);
			recheck = LocalDate.of(today.getYear() + 1, 1, 1);
		}
		return new Progress(reached, recheck);
	}

	/** Only cities with a published plan or a handed-in report are read one by one. */
	@Override
	public Map<String, Progress> progressOf(Collection<String> cityIds, LocalDate today) {
		Set<String> monitored = new HashSet<>(
				mongo.findDistinct(new Query(), "cityId", PublishedPlan.class, String.class));
		monitored.addAll(mongo.findDistinct(Query.query(Criteria.where("submittedAt").ne(null)), "cityId",
				MonitoringReport.class, String.class));
		Map<String, Progress> progress = new LinkedHashMap<>();
		cityIds.forEach(id -> progress.put(id, monitored.contains(id) ? progressOf(id, today) : Progress.NONE));
		return progress;
	}

}
