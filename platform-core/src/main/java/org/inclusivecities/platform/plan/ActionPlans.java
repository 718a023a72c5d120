package org.inclusivecities.platform.plan;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Draft plans, one per city. Parts are written by {@link ActionPlanService}; only city-scoped reads here. */
public interface ActionPlans extends Repository<ActionPlan, String> {

	Optional<ActionPlan> findByCityId(String cityId);

	boolean existsByCityId(String cityId);

}
