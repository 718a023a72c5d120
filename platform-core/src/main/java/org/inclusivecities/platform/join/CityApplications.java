package org.inclusivecities.platform.join;

import java.time.Instant;

import org.inclusivecities.platform.city.CrossCity;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Applications to join. Read by the secretariat across
 * cities: every unscoped method says so with {@link CrossCity}. */
public interface CityApplications extends Repository<CityApplication, String> {

	CityApplication save(CityApplication application);

	@CrossCity("the secretariat's application queue; /admin is NETWORK_ADMIN only")
	Optional<CityApplication> findById(String id);

	@CrossCity("the secretariat's application queue; /admin is NETWORK_ADMIN only")
	List<CityApplication> findAllByStatusOrderBySubmittedAtAsc(ApplicationStatus status);

	@CrossCity("the secretariat's application queue; /admin is NETWORK_ADMIN only")
	Page<CityApplication> findAllByStatusInOrderByDecidedAtDesc(Collection<ApplicationStatus> statuses,
			Pageable pageable);

	@CrossCity("the approval follow-up job finishes approvals of every city")
	List<CityApplication> findAllByStatusAndWelcomeSiteUrlNotNullAndDecidedAtBefore(ApplicationStatus status,
			Instant decidedBefore);

	@CrossCity("likely-duplicate detection compares an applicant's contact with every city's applications")
	List<CityApplication> findAllByContactEmail(String contactEmail);

	@CrossCity("the applicant's status page finds its one application by the unguessable token of its link")
	Optional<CityApplication> findByStatusTokenHash(String statusTokenHash);

	@CrossCity("the secretariat's application queue; /admin is NETWORK_ADMIN only")
	long countByStatus(ApplicationStatus status);

}
