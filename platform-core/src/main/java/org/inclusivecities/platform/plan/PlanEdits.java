package org.inclusivecities.platform.plan;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

public interface PlanEdits extends Repository<PlanEdit, String> {

	PlanEdit save(PlanEdit change);

	List<PlanEdit> findAllByCityIdAndPartOrderByVersionDesc(String cityId, PlanPart part, Pageable page);

}
