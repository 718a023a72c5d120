package org.inclusivecities.platform.plan.monitoring;

import java.time.Clock;
import java.time.LocalDate;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.CityNotFound;
import org.inclusivecities.platform.plan.ActionPlan;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Activity;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.InvalidPlanContent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Writes, submits and reviews yearly monitoring reports; saves are refused when the report changed meanwhile. The
 * secretariat hears of each submitted report, and the city of the secretariat's answer and of its release from hold.
 */
@Service
public class MonitoringReportService {

	private final MonitoringReports reports;

	private final ActionPlanService plans;

	private final IndicatorService indicators;

	private final MonitoringStatus status;

	private final ReportMail mail;

	private final Cities cities;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	MonitoringReportService(MonitoringReports reports, ActionPlanService plans, IndicatorService indicators,
			MonitoringStatus status, ReportMail mail, Cities cities, Clock clock, ApplicationEventPublisher events) {
		this.reports = reports;
		this.plans = plans;
		this.indicators = indicators;
		this.status = status;
		this.mail = mail;
		this.cities = cities;
		this.clock = clock;
		this.events = events;
	}

	/** The report for a year (created empty on first use); only this year and earlier ones exist. */
	public MonitoringReport report(String cityId, int year) {
		int current = LocalDate.now(clock).getYear();
		if (year < 2000 || year > current) {
			throw new InvalidPlanContent("year", "monitoring.error.year");
		}
		return reports.findByCityIdAndYear(cityId, year).orElseGet(() -> {
			try {
				return reports.save(new MonitoringReport(cityId, year));
			}
			catch (DuplicateKeyException raced) {
				return reports.findByCityIdAndYear(cityId, year).orElseThrow();
			}
		});
	}

	/** What the plan and the indicators say about the year, for the report to start from. */
	public ReportPrefill prefill(String cityId, int year) {
		ActionPlan plan = plans.draft(cityId);
		return ReportPrefill.of(year, plan.activities().content().activities(), indicators.list(cityId),
				plan.communication().content().entries());
	}

	public MonitoringReport write(String cityId, int year, long version, String reflection, String nextSteps,
			Editor editor) {
		MonitoringReport report = at(cityId, year, version);
		report.write(reflection, nextSteps, editor, clock.instant());
		return reports.save(report);
	}

	public MonitoringReport add(String cityId, int year, long version, HeldActivity activity, Editor editor) {
		MonitoringReport report = at(cityId, year, version);
		if (activity.date().isAfter(LocalDate.now(clock))) {
			throw new InvalidPlanContent("date", "monitoring.error.heldFuture");
		}
		report.add(activity, editor, clock.instant());
		return reports.save(report);
	}

	/**
	 * Marks a planned activity of the year as held (with participants and notes) or not held (with the reason). An
	 * activity can be marked held only once it has begun.
	 */
	public MonitoringReport mark(String cityId, int year, long version, String activityId, boolean held,
			Integer participants, String notes, String reason, Editor editor) {
		MonitoringReport report = at(cityId, year, version);
		Activity planned = prefill(cityId, year).planned(activityId)
			.orElseThrow(() -> new InvalidPlanContent("activityId", "monitoring.error.unknownActivity"));
		if (held && planned.startDate().isAfter(LocalDate.now(clock))) {
			throw new InvalidPlanContent("held", "monitoring.error.notYetHeld");
		}
		report.mark(held ? ActivityOutcome.held(activityId, planned.title(), participants, notes)
				: ActivityOutcome.notHeld(activityId, planned.title(), reason), editor, clock.instant());
		return reports.save(report);
	}

	public MonitoringReport submit(String cityId, int year, long version, Editor editor) {
		MonitoringReport report = at(cityId, year, version);
		boolean wasOnHold = status.isOnHold(cityId) && year == LocalDate.now(clock).getYear() - 1;
		report.submit(prefill(cityId, year).planned().stream().map(Activity::id).toList(), editor, clock.instant());
		MonitoringReport submitted = reports.save(report);
		cities.findById(cityId).ifPresent(city -> {
			mail.submitted(city, year, editor.displayName());
			if (wasOnHold) {
				mail.released(city, year);
			}
		});
		events.publishEvent(new MonitoringChanged(cityId));
		return submitted;
	}

	/** The secretariat's answer to a submitted report: accepted, or returned to complete with feedback. */
	public MonitoringReport review(String cityId, int year, long version, boolean accepted, String feedback,
			String reviewerName) {
		MonitoringReport report = at(cityId, year, version);
		ReportReview review = new ReportReview(accepted, feedback, reviewerName, clock.instant());
		report.review(review);
		MonitoringReport reviewed = reports.save(report);
		mail.reviewed(cities.findById(cityId).orElseThrow(() -> new CityNotFound(cityId)), year, review);
		events.publishEvent(new MonitoringChanged(cityId));
		return reviewed;
	}

	/** The city's choice whether its report shows on its public profile (once submitted). */
	public MonitoringReport showOnProfile(String cityId, int year, long version, boolean show, Editor editor) {
		MonitoringReport report = at(cityId, year, version);
		report.showOnProfile(show, editor, clock.instant());
		MonitoringReport saved = reports.save(report);
		events.publishEvent(new MonitoringChanged(cityId));
		return saved;
	}

	private MonitoringReport at(String cityId, int year, long version) {
		MonitoringReport report = report(cityId, year);
		if (report.getVersion() != version) {
			throw new OptimisticLockingFailureException("Report changed since it was read");
		}
		return report;
	}

}
