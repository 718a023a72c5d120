package org.inclusivecities.platform.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Activity;
import org.inclusivecities.platform.plan.CouncilConsents;
import org.inclusivecities.platform.plan.CouncilMember;
import org.inclusivecities.platform.plan.PlanReadiness;
import org.inclusivecities.platform.plan.PlanTask;
import org.inclusivecities.platform.plan.PlanTeamwork;
import org.inclusivecities.platform.plan.PublishedPlans;
import org.inclusivecities.platform.plan.Readiness;
import org.inclusivecities.platform.plan.ReadinessItem;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.plan.monitoring.MonitoringStatus;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.workspace.HomeLine;
import org.inclusivecities.platform.workspace.HomeSection;
import org.inclusivecities.platform.workspace.WaitingItem;
import org.inclusivecities.platform.workspace.WaitingItems;
import org.inclusivecities.platform.workspace.WorkspaceSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The plan's part of a city's workspace home: the plan with its charter readiness and the next step, the upcoming
 * activities, the indicators due for a measurement and the yearly report due; and the same next steps, indicators
 * and report on the "waiting for you" list of everyone who edits the plan.
 */
@Configuration(proxyBeanMethods = false)
class PlanHome implements WaitingItems {

	private static final int UPCOMING = 3;

	private final ActionPlanService plans;

	private final PlanReadiness readiness;

	private final PublishedPlans published;

	private final IndicatorService indicators;

	private final MonitoringStatus monitoring;

	private final PlanFormat format;

	private final CouncilConsents consents;

	private final PlanTeamwork teamwork;

	private final Clock clock;

	PlanHome(ActionPlanService plans, PlanReadiness readiness, PublishedPlans published, IndicatorService indicators,
			MonitoringStatus monitoring, PlanFormat format, CouncilConsents consents, PlanTeamwork teamwork,
			Clock clock) {
		this.teamwork = teamwork;
		this.plans = plans;
		this.consents = consents;
		this.readiness = readiness;
		this.published = published;
		this.indicators = indicators;
		this.monitoring = monitoring;
		this.format = format;
		this.clock = clock;
	}

	@Bean
	WorkspaceSection planSection() {
		return WorkspaceSection.of(10, this::plan);
	}

	@Bean
	WorkspaceSection activitiesSection() {
		return WorkspaceSection.of(20, this::activities);
	}

	@Bean
	WorkspaceSection monitoringSection() {
		return WorkspaceSection.of(30, this::monitoring);
	}

	private Optional<HomeSection> plan(CityWorkspace workspace) {
		String base = PlanWeb.base(workspace);
		Readiness checklist = readiness.assess(workspace.cityId());
		List<HomeLine> lines = new ArrayList<>();
		nextStep(checklist).ifPresentOrElse(
				item -> lines.add(HomeLine.action("workspace.plan.next", base + "/" + item.target(), title(item))),
				() -> lines.add(HomeLine.info("workspace.plan.ready", base)));
		lines.add(HomeLine.info("workspace.plan.readiness", base, checklist.metCount(), checklist.items().size()));
		published.findLatestByCityId(workspace.cityId())
			.ifPresentOrElse(
					latest -> lines.add(HomeLine.info("workspace.plan.published", base + "/history", latest.getLabel(),
							format.time(latest.getPublishedAt()))),
					() -> lines.add(checklist.ready() && workspace.canEditPlan()
							? HomeLine.action("workspace.plan.publish", base)
							: HomeLine.info("workspace.plan.notPublished", base)));
		if (monitoring.isOnHold(workspace.cityId())) {
			lines.add(HomeLine.info("plan.onHold", base + "/reports"));
		}
		return Optional.of(new HomeSection("plan", "plan.title", base, lines));
	}

	private Optional<HomeSection> activities(CityWorkspace workspace) {
		String href = PlanWeb.base(workspace) + "/activities";
		LocalDate today = LocalDate.now(clock);
		List<HomeLine> lines = plans.draft(workspace.cityId())
			.activities()
			.content()
			.activities()
			.stream()
			.filter(a -> !a.lastDay().isBefore(today))
			.sorted(Comparator.comparing(Activity::startDate))
			.limit(UPCOMING)
			.map(a -> HomeLine.info("workspace.activities.upcoming", href, a.title(), format.date(a.startDate())))
			.toList();
		if (lines.isEmpty()) {
			lines = List.of(workspace.canEditPlan() ? HomeLine.action("workspace.activities.none.edit", href)
					: HomeLine.info("workspace.activities.none", href));
		}
		return Optional.of(new HomeSection("activities", "workspace.activities.title", href, lines));
	}

	private Optional<HomeSection> monitoring(CityWorkspace workspace) {
		String base = PlanWeb.base(workspace);
		List<HomeLine> lines = new ArrayList<>();
		for (Due due : indicatorsDue(workspace)) {
			lines.add(HomeLine.action("workspace.monitoring.measure", due.href(), due.name(), format.date(due.by())));
		}
		monitoring.reportDue(workspace.cityId())
			.ifPresent(report -> lines.add(HomeLine.action("workspace.monitoring.report", base + "/reports/" + report.year(),
					report.year(), format.date(report.dueBy()))));
		if (lines.isEmpty()) {
			lines.add(HomeLine.info("workspace.monitoring.nothingDue", base + "/indicators"));
		}
		lines.add(HomeLine.info("workspace.monitoring.reports", base + "/reports"));
		return Optional.of(new HomeSection("monitoring", "plan.part.indicators", base + "/indicators", lines));
	}

	@Override
	public List<WaitingItem> waitingFor(Person person, List<CityWorkspace> workspaces) {
		List<WaitingItem> items = new ArrayList<>();
		for (CityWorkspace workspace : workspaces) {
			consentToChoose(person, workspace).ifPresent(items::add);
			if (!workspace.canEditPlan()) {
				continue;
			}
			String base = PlanWeb.base(workspace);
			if (workspace.has(Role.CITY_ADMIN)) {
				plans.draft(workspace.cityId())
					.publicationProposal()
					.ifPresent(proposal -> items.add(WaitingItem.inCity(workspace, "workspace.waiting.publish",
							base + "#publish", null, proposal.displayName())));
				for (PlanTask task : teamwork.strandedIn(workspace.cityId())) {
					items.add(WaitingItem.inCity(workspace, "workspace.waiting.strandedTask",
							base + "/" + task.part().slug() + "#task-" + task.id(), task.dueBy(), task.title()));
				}
			}
			nextStep(readiness.assess(workspace.cityId())).ifPresent(item -> items.add(WaitingItem.inCity(workspace,
					"workspace.waiting.plan", base + "/" + item.target(), null, title(item))));
			for (Due due : indicatorsDue(workspace)) {
				items.add(WaitingItem.inCity(workspace, "workspace.waiting.measure", due.href(), due.by(), due.name()));
			}
			monitoring.reportDue(workspace.cityId())
				.ifPresent(report -> items.add(WaitingItem.inCity(workspace, "workspace.waiting.report",
						base + "/reports/" + report.year(), report.dueBy(), report.year())));
			for (PlanTask task : teamwork.openFor(workspace.cityId(), person)) {
				items.add(WaitingItem.inCity(workspace, "workspace.waiting.task",
						base + "/" + task.part().slug() + "#tasks", task.dueBy(), task.title()));
			}
		}
		return items;
	}

	/** A council member linked to this person's account who has not chosen yet whether they are named. */
	private Optional<WaitingItem> consentToChoose(Person person, CityWorkspace workspace) {
		List<CouncilMember> mine = plans.council(workspace.cityId()).members().stream()
			.filter(m -> person.getId().equals(m.personId()))
			.toList();
		if (mine.isEmpty()) {
			return Optional.empty();
		}
		CouncilConsents.Now now = consents.now(workspace.cityId());
		return mine.stream()
			.filter(m -> now.of(m.id()).isEmpty())
			.findFirst()
			.map(m -> WaitingItem.inCity(workspace, "workspace.waiting.consent",
					CouncilConsentController.path(workspace, m.id()), null));
	}

	private static Optional<ReadinessItem> nextStep(Readiness checklist) {
		return checklist.missing().stream().findFirst();
	}

	private static DefaultMessageSourceResolvable title(ReadinessItem item) {
		return new DefaultMessageSourceResolvable("plan.readiness." + item.rule() + ".title");
	}

	private List<Due> indicatorsDue(CityWorkspace workspace) {
		LocalDate today = LocalDate.now(clock);
		String base = PlanWeb.base(workspace) + "/indicators/";
		return indicators.list(workspace.cityId())
			.stream()
			.flatMap(i -> i.nextMeasurementDue(today)
				.filter(by -> !by.isAfter(today))
				.map(by -> new Due(i.getDefinition().name(), base + i.getId(), by))
				.stream())
			.sorted(Comparator.comparing(Due::by))
			.toList();
	}

	/** An indicator due for a measurement. */
	private record Due(String name, String href, LocalDate by) {
	}

}
