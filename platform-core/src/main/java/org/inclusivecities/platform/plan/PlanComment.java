package org.inclusivecities.platform.plan;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A comment of a council member or admin on a part of the plan, for the others working on it. */
@Document("plan_comments")
@CompoundIndex(name = "city_part_at", def = "{ 'cityId': 1, 'part': 1, 'at': 1 }")
public record PlanComment(@Id String id, String cityId, PlanPart part, String text, String authorId,
		String authorName, Instant at) {
}
