package org.inclusivecities.platform.plan.monitoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface MonitoringReports extends Repository<MonitoringReport, String> {

	MonitoringReport save(MonitoringReport report);

	Optional<MonitoringReport> findByCityIdAndYear(String cityId, int year);

	List<MonitoringReport> findAllByCityIdOrderByYearDesc(String cityId);

	boolean existsByCityIdAndYearAndSubmittedAtNotNull(String cityId, int year);

}
