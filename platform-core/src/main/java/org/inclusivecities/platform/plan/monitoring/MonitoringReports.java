package org.inclusivecities.platform.plan.monitoring;

import java.util.List;
import java.util.Optional;

import org.inclusivecities.platform.city.CrossCity;

import org.springframework.data.repository.Repository;

public interface MonitoringReports extends Repository<MonitoringReport, String> {

	MonitoringReport save(MonitoringReport report);

	Optional<MonitoringReport> findByCityIdAndYear(String cityId, int year);

	List<MonitoringReport> findAllByCityIdOrderByYearDesc(String cityId);

	@CrossCity("the secretariat's network-wide overview of one year's reports (ReportOverview, /admin only)")
	List<MonitoringReport> findAllByYear(int year);

	@CrossCity("the secretariat's reports waiting for its review (ReportOverview.awaitingReview, /admin only)")
	List<MonitoringReport> findAllByStatusOrderBySubmittedAt(ReportStatus status);

	boolean existsByCityIdAndYearAndSubmittedAtNotNull(String cityId, int year);

}
