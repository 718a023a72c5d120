package org.inclusivecities.platform.city;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Applications to join. Read by the secretariat across cities, so not city-scoped (like {@link Cities}). */
public interface CityApplications extends Repository<CityApplication, String> {

	CityApplication save(CityApplication application);

	Optional<CityApplication> findById(String id);

	List<CityApplication> findAllByStatusOrderBySubmittedAtAsc(ApplicationStatus status);

	Page<CityApplication> findAllByStatusInOrderByDecidedAtDesc(Collection<ApplicationStatus> statuses,
			Pageable pageable);

	long countByStatus(ApplicationStatus status);

}
