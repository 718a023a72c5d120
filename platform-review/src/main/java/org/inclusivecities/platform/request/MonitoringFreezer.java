package org.inclusivecities.platform.request;

import org.inclusivecities.platform.plan.monitoring.Indicator;
import org.inclusivecities.platform.plan.monitoring.IndicatorDefinition;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.plan.monitoring.MonitoringReport;
import org.inclusivecities.platform.plan.monitoring.MonitoringReports;

import org.springframework.stereotype.Component;

/** Copies a city's latest submitted monitoring report and its indicators into a request's snapshot. */
@Component
class MonitoringFreezer {

	private final MonitoringReports reports;

	private final IndicatorService indicators;

	MonitoringFreezer(MonitoringReports reports, IndicatorService indicators) {
		this.reports = reports;
		this.indicators = indicators;
	}

	FrozenMonitoring freeze(String cityId) {
		FrozenMonitoring.Report report = reports.findAllByCityIdOrderByYearDesc(cityId)
			.stream()
			.filter(MonitoringReport::isSubmitted)
			.findFirst()
			.map(MonitoringFreezer::report)
			.orElse(null);
		return new FrozenMonitoring(report, indicators.list(cityId).stream().map(MonitoringFreezer::indicator).toList());
	}

	private static FrozenMonitoring.Report report(MonitoringReport report) {
		return new FrozenMonitoring.Report(report.getYear(), report.getSubmittedAt(), report.getReflection(),
				report.getNextSteps(), report.getHeld()
					.stream()
					.map(h -> new FrozenMonitoring.Held(h.title(), h.date(), h.attendance(), h.outcomes()))
					.toList());
	}

	private static FrozenMonitoring.FrozenIndicator indicator(Indicator indicator) {
		IndicatorDefinition d = indicator.getDefinition();
		return new FrozenMonitoring.FrozenIndicator(d.name(), d.unit(), d.baselineValue(), d.baselineDate(),
				d.targetValue(), d.targetDate(), d.frequency().name(), indicator.getMeasurements()
					.stream()
					.map(m -> new FrozenMonitoring.Value(m.date(), m.value(), m.source(), m.note()))
					.toList());
	}

}
