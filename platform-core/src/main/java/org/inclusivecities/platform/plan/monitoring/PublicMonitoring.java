package org.inclusivecities.platform.plan.monitoring;

import java.util.List;

import org.inclusivecities.platform.plan.PublishedPlans;

import org.springframework.stereotype.Service;

/**
 * What the public may see of a city's monitoring (profile page, open data): its indicators with measurements,
 * and only once the city has published a plan; and the yearly reports it chose to show.
 */
@Service
public class PublicMonitoring {

	private final PublishedPlans published;

	private final IndicatorService indicators;

	private final MonitoringReports reports;

	PublicMonitoring(PublishedPlans published, IndicatorService indicators, MonitoringReports reports) {
		this.published = published;
		this.indicators = indicators;
		this.reports = reports;
	}

	public List<Indicator> indicatorsOf(String cityId) {
		return published.existsByCityId(cityId) ? indicators.list(cityId) : List.of();
	}

	/**
	 * Whether the city handed in its report on this year (submitted, also while returned for completion or once
	 * accepted): a fact the on-hold badge already makes public, whatever the city chose to show of the report.
	 */
	public boolean reportHandedIn(String cityId, int year) {
		return reports.existsByCityIdAndYearAndSubmittedAtNotNull(cityId, year);
	}

	/**
	 * The yearly reports the city chose to show, newest first: only submitted or accepted ones (not one returned and
	 * being completed), and only what {@link PublicReport} carries.
	 */
	public List<PublicReport> reportsOf(String cityId) {
		return reports.findAllByCityIdOrderByYearDesc(cityId)
			.stream()
			.filter(r -> r.isPublicOnProfile()
					&& (r.getStatus() == ReportStatus.SUBMITTED || r.getStatus() == ReportStatus.ACCEPTED))
			.map(PublicReport::of)
			.toList();
	}

}
