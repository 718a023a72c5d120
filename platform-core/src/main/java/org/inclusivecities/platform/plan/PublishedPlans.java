package org.inclusivecities.platform.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Published versions of plans. The public (profile page, API, exports) reads only
 * {@link #findLatestByCityId(String)}; drafts are never reachable from here.
 */
public interface PublishedPlans extends Repository<PublishedPlan, String> {

	PublishedPlan insert(PublishedPlan plan);

	Optional<PublishedPlan> findFirstByCityIdOrderByNumberDesc(String cityId);

	Optional<PublishedPlan> findByCityIdAndNumber(String cityId, int number);

	List<PublishedPlan> findAllByCityIdOrderByNumberDesc(String cityId);

	boolean existsByCityId(String cityId);

	boolean existsByCityIdAndPublishedAtBefore(String cityId, java.time.Instant instant);

	/** What the public sees of a city's plan: its latest published version, if any. */
	default Optional<PublishedPlan> findLatestByCityId(String cityId) {
		return findFirstByCityIdOrderByNumberDesc(cityId);
	}

}
