package org.inclusivecities.platform.request;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** A city's own requests (tenant repository: every method takes the city). */
public interface AccreditationRequests extends Repository<AccreditationRequest, String> {

	AccreditationRequest save(AccreditationRequest request);

	Optional<AccreditationRequest> findByCityIdAndId(String cityId, String id);

	List<AccreditationRequest> findAllByCityIdOrderBySubmittedAtDesc(String cityId);

	boolean existsByCityIdAndStatusIn(String cityId, List<RequestStatus> statuses);

}
