package org.inclusivecities.platform.plan;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface PlanComments extends Repository<PlanComment, String> {

	PlanComment save(PlanComment comment);

	List<PlanComment> findAllByCityIdAndPartOrderByAt(String cityId, PlanPart part);

	long countByCityIdAndPart(String cityId, PlanPart part);

}
