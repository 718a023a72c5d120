package org.inclusivecities.platform.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface PlanTasks extends Repository<PlanTask, String> {

	PlanTask save(PlanTask task);

	Optional<PlanTask> findByCityIdAndId(String cityId, String id);

	List<PlanTask> findAllByCityIdAndPartOrderByDueBy(String cityId, PlanPart part);

	List<PlanTask> findAllByCityIdAndAssigneeIdAndDoneAtNullOrderByDueBy(String cityId, String assigneeId);

	long countByCityIdAndPart(String cityId, PlanPart part);

}
