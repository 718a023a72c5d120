package org.inclusivecities.platform.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.Update;
import org.springframework.data.repository.Repository;

public interface PlanTasks extends Repository<PlanTask, String> {

	PlanTask save(PlanTask task);

	Optional<PlanTask> findByCityIdAndId(String cityId, String id);

	List<PlanTask> findAllByCityIdAndPartOrderByDueBy(String cityId, PlanPart part);

	List<PlanTask> findAllByCityIdAndAssigneeIdAndDoneAtNullOrderByDueBy(String cityId, String assigneeId);

	long countByCityIdAndPart(String cityId, PlanPart part);

	List<PlanTask> findAllByCityIdAndDoneAtNullOrderByDueBy(String cityId);

	/**
	 * Gives an open task of this city to another person in one conditional write: a task marked done meanwhile
	 * stays done (0 is answered), never reopened by a reassignment made from a page read before.
	 */
	@Update("{ '$set': { 'assigneeId': ?2, 'assigneeName': ?3 } }")
	long findAndReassignByCityIdAndIdAndDoneAtNull(String cityId, String id, String assigneeId, String assigneeName);

}
