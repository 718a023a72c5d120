package org.inclusivecities.platform.request;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.inclusivecities.platform.plan.PlanDiff;
import org.inclusivecities.platform.plan.PlanSnapshot;

import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;

/**
 * What changed in the action plan between a "not yet" request and its resubmission: the plan feature's own row
 * diff ({@link PlanDiff}) of the two frozen snapshots, read back into the plan's model.
 */
@Component
public class PlanChanges {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PlanChanges.class);

	private final AccreditationRequests requests;

	private final MongoConverter converter;

	PlanChanges(AccreditationRequests requests, MongoConverter converter) {
		this.requests = requests;
		this.converter = converter;
	}

	/** The changes since the request this one resubmits; empty for a first request or another city's. */
	public Optional<Resubmission> since(String cityId, String requestId) {
		AccreditationRequest current = requests.findByCityIdAndId(cityId, requestId).orElse(null);
		if (current == null || current.getPreviousRequestId() == null) {
			return Optional.empty();
		}
		return requests.findByCityIdAndId(cityId, current.getPreviousRequestId()).flatMap(previous -> {
			try {
				return Optional.of(new Resubmission(previous.getId(), previous.getSnapshot().planVersion(),
						current.getSnapshot().planVersion(), previous.getDecision(),
						PlanDiff.between(plan(previous.getSnapshot()), plan(current.getSnapshot()))));
			}
			catch (RuntimeException unreadable) {
				// a frozen document the plan model cannot read (written by hand or by an older plan model): the pages
				// then show no comparison rather than a wrong one
				log.warn("Frozen plans of requests {} and {} cannot be compared: {}", previous.getId(), requestId,
						unreadable.getClass().getSimpleName());
				return Optional.empty();
			}
		});
	}

	private PlanSnapshot plan(org.inclusivecities.platform.request.PlanSnapshot frozen) {
		return converter.read(PlanSnapshot.class, document(frozen.document()));
	}

	/** The stored map as BSON documents all the way down, as the converter reads them. */
	private static Document document(Map<?, ?> map) {
		Document document = new Document();
		map.forEach((key, value) -> document.put(String.valueOf(key), bson(value)));
		return document;
	}

	private static Object bson(Object value) {
		if (value instanceof Map<?, ?> map) {
			return document(map);
		}
		if (value instanceof Collection<?> items) {
			List<Object> converted = new ArrayList<>();
			items.forEach(item -> converted.add(bson(item)));
			return converted;
		}
		return value;
	}

	/**
	 * A resubmission: the earlier request, the plan versions frozen then and now, the "not yet" decision with its
	 * improvement plan, and per plan part the rows removed and added since.
	 */
	public record Resubmission(String previousRequestId, long versionBefore, long versionNow, Decision previousDecision,
			List<PlanDiff.PartChange> changes) {

		public boolean anyChange() {
			return changes.stream().anyMatch(PlanDiff.PartChange::changed);
		}

	}

}
