package org.inclusivecities.platform.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One save of a part of the draft, as its history shows it: who, when, the version it made, and what it removed and
 * added (rows of a list, or the values of a part of fields).
 */
@Document("plan_edits")
@CompoundIndex(name = "city_part_version", def = "{ 'cityId': 1, 'part': 1, 'version': -1 }")
public record PlanEdit(@Id String id, String cityId, PlanPart part, long version, String editorId,
		String editorName, Instant at, List<Map<String, String>> removed, List<Map<String, String>> added) {
}
