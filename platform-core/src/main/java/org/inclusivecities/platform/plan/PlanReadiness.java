package org.inclusivecities.platform.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * The plan measured against the Inclusive Cities charter, one method per rule. Also the accreditation
 * eligibility check of the review module: {@link #assess(String)} and {@link #eligibleForAccreditation(String)}.
 */
@Component
public class PlanReadiness {

	static final int MIN_COUNCIL = 3;

	static final int RECOMMENDED_MAX_COUNCIL = 4;

	static final int MIN_ACTIVITIES = 2;

	private final ActionPlanService plans;

	private final MonitoredAims monitoredAims;

	private final Clock clock;

	public PlanReadiness(ActionPlanService plans, MonitoredAims monitoredAims, Clock clock) {
		this.plans = plans;
		this.monitoredAims = monitoredAims;
		this.clock = clock;
	}

	/** The live checklist of the city's draft. */
	public Readiness assess(String cityId) {
		return assess(plans.draft(cityId).snapshot(), monitoredAims.withBaseline(cityId), LocalDate.now(clock));
	}

	public boolean eligibleForAccreditation(String cityId) {
		return assess(cityId).ready();
	}

	static Readiness assess(PlanSnapshot plan, Set<Aim> aimsWithBaseline, LocalDate today) {
		List<ReadinessItem> items = List.of(councilFormed(plan.council()), missionWritten(plan.mission()),
				activitiesPlanned(plan.activities(), today), kickOffScheduled(plan.kickoff()),
				communicationPlanned(plan.communication()), aimsMonitored(plan.activities(), aimsWithBaseline),
				baselineFilled(plan.baseline()));
		List<ReadinessItem> warnings = new ArrayList<>();
		councilWarning(plan.council()).ifPresent(warnings::add);
		councilSizeNote(plan.council()).ifPresent(warnings::add);
		return new Readiness(items, warnings);
	}

	/** At least three members, among them a person in recovery or a family member. */
	static ReadinessItem councilFormed(Council council) {
		int size = council.members().size();
		if (size < MIN_COUNCIL) {
			return ReadinessItem.missing("council", "council", "tooFew", size, MIN_COUNCIL);
		}
		if (!council.hasLivedExperience()) {
			return ReadinessItem.missing("council", "council", "noLivedExperience");
		}
		return ReadinessItem.met("council", "council");
	}

	/** Shown (never blocking) while the council has members but nobody with lived experience. */
	static java.util.Optional<ReadinessItem> councilWarning(Council council) {
		if (council.members().isEmpty() || council.hasLivedExperience()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(ReadinessItem.missing("councilWarning", "council", "noLivedExperience"));
	}

	/** More than four members is allowed; the charter finds groups of 3 to 4 more productive. */
	static java.util.Optional<ReadinessItem> councilSizeNote(Council council) {
		int size = council.members().size();
		return size > RECOMMENDED_MAX_COUNCIL
				? java.util.Optional.of(ReadinessItem.missing("councilSize", "council", "large", size))
				: java.util.Optional.empty();
	}

	static ReadinessItem missionWritten(Mission mission) {
		return mission.mission() == null ? ReadinessItem.missing("mission", "mission", "missing")
				: ReadinessItem.met("mission", "mission");
	}

	/** At least two activities taking place in the coming twelve months. */
	static ReadinessItem activitiesPlanned(Activities activities, LocalDate today) {
		long coming = activities.activities()
			.stream()
			.filter(a -> a.overlaps(today, today.plusMonths(12)))
			.count();
		return coming >= MIN_ACTIVITIES ? ReadinessItem.met("activities", "activities")
				: ReadinessItem.missing("activities", "activities", "tooFew", coming, MIN_ACTIVITIES);
	}

	/** The kick-off session has a date (planned or held). */
	static ReadinessItem kickOffScheduled(KickOff kickOff) {
		return kickOff.date() == null ? ReadinessItem.missing("kickoff", "kickoff", "missing")
				: ReadinessItem.met("kickoff", "kickoff");
	}

	static ReadinessItem communicationPlanned(Communication communication) {
		return communication.audiences() >= 1 ? ReadinessItem.met("communication", "communication")
				: ReadinessItem.missing("communication", "communication", "missing");
	}

	/** Every aim the activities pursue has an indicator with a baseline value. */
	static ReadinessItem aimsMonitored(Activities activities, Set<Aim> aimsWithBaseline) {
		Set<Aim> unmonitored = new TreeSet<>();
		activities.activities().forEach(a -> unmonitored.addAll(a.aims()));
		unmonitored.removeAll(aimsWithBaseline);
		if (activities.activities().isEmpty()) {
			return ReadinessItem.missing("indicators", "activities", "noActivities");
		}
		if (unmonitored.isEmpty()) {
			return ReadinessItem.met("indicators", "indicators");
		}
		return new ReadinessItem("indicators", false, "plan.readiness.indicators.missing", List.of(unmonitored.size()),
				unmonitored.stream().map(Aim::name).toList(), "indicators");
	}

	/** The startfoto: at least one sector described and at least one stakeholder mapped. */
	static ReadinessItem baselineFilled(Baseline baseline) {
		if (baseline.practices().isEmpty()) {
			return ReadinessItem.missing("baseline", "baseline", "noPractices");
		}
		if (baseline.stakeholders().isEmpty()) {
			return ReadinessItem.missing("baseline", "baseline", "noStakeholders");
		}
		return ReadinessItem.met("baseline", "baseline");
	}

}
