package org.inclusivecities.platform.plan.monitoring;

import java.time.Clock;
import java.time.LocalDate;

import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.InvalidPlanContent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** Writes and submits yearly monitoring reports; saves are refused when the report changed meanwhile. */
@Service
public class MonitoringReportService {

	private final MonitoringReports reports;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	MonitoringReportService(MonitoringReports reports, Clock clock, ApplicationEventPublisher events) {
		this.reports = reports;
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

	public MonitoringReport submit(String cityId, int year, long version, Editor editor) {
		MonitoringReport report = at(cityId, year, version);
		report.submit(editor, clock.instant());
		MonitoringReport submitted = reports.save(report);
		events.publishEvent(new MonitoringChanged(cityId));
		return submitted;
	}

	private MonitoringReport at(String cityId, int year, long version) {
		MonitoringReport report = report(cityId, year);
		if (report.getVersion() != version) {
			throw new OptimisticLockingFailureException("Report changed since it was read");
		}
		return report;
	}

}
