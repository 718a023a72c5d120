package org.inclusivecities.platform.plan;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A simple task on a part of the plan, assigned to one of the city's council members or admins with a due date:
 * open until someone marks it done.
 */
@Document("plan_tasks")
@CompoundIndex(name = "city_assignee", def = "{ 'cityId': 1, 'assigneeId': 1, 'doneAt': 1 }")
public record PlanTask(@Id String id, String cityId, PlanPart part, String title, String assigneeId,
		String assigneeName, LocalDate dueBy, String createdById, String createdByName, Instant createdAt,
		Instant doneAt, String doneById, String doneByName) {

	public boolean done() {
		return doneAt != null;
	}

	PlanTask markedDone(Editor by, Instant at) {
		return new PlanTask(id, cityId, part, title, assigneeId, assigneeName, dueBy, createdById, createdByName,
				createdAt, at, by.personId(), by.displayName());
	}

}
