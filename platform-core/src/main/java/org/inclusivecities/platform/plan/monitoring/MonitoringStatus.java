package org.inclusivecities.platform.plan.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Optional;

import org.inclusivecities.platform.plan.PublishedPlans;

import org.springframework.stereotype.Service;

/**
 * Whether a city is "on hold": its report on the previous year is more than three months overdue (today is
 * after 31 March) and not submitted. Only cities that had published a plan before that year ended are expected
 * to report on it. Other modules (review, directory) ask this before letting a city proceed.
 */
@Service
public class MonitoringStatus {

	static final MonthDay DEADLINE = MonthDay.of(3, 31);

	private final MonitoringReports reports;

	private final PublishedPlans published;

	private final Clock clock;

	MonitoringStatus(MonitoringReports reports, PublishedPlans published, Clock clock) {
		this.reports = reports;
		this.published = published;
		this.clock = clock;
	}

	/**
	 * The year whose report the city still owes, with its deadline: from 1 January, a city that had published its
	 * plan before that year ended reports on it by 31 March. Empty once submitted or when nothing is expected.
	 */
	public Optional<ReportDue> reportDue(String cityId) {
		LocalDate today = LocalDate.now(clock);
		int previous = today.getYear() - 1;
		boolean expected = published.existsByCityIdAndPublishedAtBefore(cityId,
				LocalDate.of(today.getYear(), 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
		if (!expected || reports.existsByCityIdAndYearAndSubmittedAtNotNull(cityId, previous)) {
			return Optional.empty();
		}
		return Optional.of(new ReportDue(previous, DEADLINE.atYear(today.getYear())));
	}

	/** A yearly report still owed: the year it covers and the day it is due by. */
	public record ReportDue(int year, LocalDate dueBy) {
	}

	public boolean isOnHold(String cityId) {
		return isOnHold(cityId, clock);
	}

	public boolean isOnHold(String cityId, Clock at) {
		LocalDate today = LocalDate.now(at);
		int previous = today.getYear() - 1;
		if (!MonthDay.from(today).isAfter(DEADLINE)) {
			return false;
		}
		boolean expected = published.existsByCityIdAndPublishedAtBefore(cityId,
				LocalDate.of(today.getYear(), 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
		return expected && !reports.existsByCityIdAndYearAndSubmittedAtNotNull(cityId, previous);
	}

}
