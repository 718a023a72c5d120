package org.inclusivecities.platform.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.inclusivecities.platform.city.CityMilestones;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The plan's milestones of the charter, judged on the latest published plan as the public sees it
 * ({@link PublicPlans}): a council of at least three with lived experience among them (counted by their profiles, so
 * a council whose members keep their names private still counts), a mission, a baseline with at least one sector
 * described, a plan published, and at least two public activities that took place this calendar year by the
 * published schedule. A part the city keeps private does not count: the public cannot see it.
 */
@Component
class PlanMilestones implements CityMilestones {

	static final String COUNCIL = "council-formed";

	static final String MISSION = "mission";

	static final String BASELINE = "baseline";

	static final String PUBLISHED = "plan-published";

	static final String ACTIVITIES = "activities-held";

	private static final List<Milestone> MILESTONES = List.of(new Milestone(COUNCIL, 10, "plan.milestone.council"),
			new Milestone(MISSION, 20, "plan.milestone.mission"), new Milestone(BASELINE, 30, "plan.milestone.baseline"),
			new Milestone(PUBLISHED, 40, "plan.milestone.published"),
			new Milestone(ACTIVITIES, 50, "plan.milestone.activities"));

	private final PublicPlans plans;

	private final MongoTemplate mongo;

	PlanMilestones(PublicPlans plans, MongoTemplate mongo) {
		this.plans = plans;
		this.mongo = mongo;
	}

	@Override
	public List<Milestone> milestones() {
		return MILESTONES;
	}

	@Override
	public Progress progressOf(String cityId, LocalDate today) {
		return plans.latest(cityId).map(plan -> progress(plan, today)).orElse(Progress.NONE);
	}

	/** Only the cities that published a plan are read one by one. */
	@Override
	public Map<String, Progress> progressOf(Collection<String> cityIds, LocalDate today) {
		Set<String> published = new HashSet<>(
				mongo.findDistinct(new Query(), "cityId", PublishedPlan.class, String.class));
		Map<String, Progress> progress = new LinkedHashMap<>();
		cityIds.forEach(id -> progress.put(id, published.contains(id) ? progressOf(id, today) : Progress.NONE));
		return progress;
	}

	static Progress progress(PublicPlan plan, LocalDate today) {
		Set<String> reached = new HashSet<>(Set.of(PUBLISHED));
		if (plan.council().size() >= PlanReadiness.MIN_COUNCIL
				&& plan.council().stream().anyMatch(m -> m.profile() != null && m.profile().livedExperience())) {
			reached.add(COUNCIL);
		}
		if (plan.mission().mission() != null) {
			reached.add(MISSION);
		}
		if (!plan.baseline().practices().isEmpty()) {
			reached.add(BASELINE);
		}
		LocalDate yearStart = today.withDayOfYear(1);
		long held = plan.activities().stream()
			.filter(a -> a.occurrences().stream().anyMatch(d -> !d.isBefore(yearStart) && !d.isAfter(today)))
			.count();
		LocalDate recheck = nextOccurrence(plan.activities(), today).orElse(null);
		if (held >= PlanReadiness.MIN_ACTIVITIES) {
			reached.add(ACTIVITIES);
			recheck = Progress.earlier(recheck, yearStart.plusYears(1));
		}
		return new Progress(reached, recheck);
	}

	/** The first day after today on which a public activity (or a repetition of it) starts. */
	private static Optional<LocalDate> nextOccurrence(List<Activity> activities, LocalDate today) {
		return activities.stream()
			.flatMap(a -> a.occurrences().stream())
			.filter(d -> d.isAfter(today))
			.min(LocalDate::compareTo);
	}

}
