package org.inclusivecities.platform.request;

import java.time.Instant;
import java.util.Map;

/**
 * The action plan as it was when the city asked for accreditation: an opaque document (whatever the plan
 * feature renders for reviewers) and the plan version it came from. Frozen in the request, so later plan
 * edits never change what reviewers see.
 */
public record PlanSnapshot(Map<String, Object> document, long planVersion, Instant frozenAt) {

	public PlanSnapshot {
		document = Map.copyOf(document);
	}

}
