package org.inclusivecities.platform.request;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * What a city's request froze when the city asked for accreditation: the action plan (an opaque document,
 * whatever the plan feature renders for reviewers) and the plan version it came from, the latest submitted
 * monitoring report with the indicators and their measurements as they stood, and the uploaded evidence files.
 * Frozen in the request, so later plan edits, measurements or reports never change what reviewers see.
 */
public record PlanSnapshot(Map<String, Object> document, long planVersion, Instant frozenAt,
		FrozenMonitoring monitoring, List<EvidenceFile> evidence) {

	@PersistenceCreator
	public PlanSnapshot {
		document = Map.copyOf(document);
		monitoring = monitoring == null ? FrozenMonitoring.NONE : monitoring;
		evidence = evidence == null ? List.of() : List.copyOf(evidence);
	}

	/** The plan alone; monitoring and evidence are added when the request is submitted. */
	public PlanSnapshot(Map<String, Object> document, long planVersion, Instant frozenAt) {
		this(document, planVersion, frozenAt, null, List.of());
	}

	PlanSnapshot with(FrozenMonitoring frozenMonitoring, List<EvidenceFile> files) {
		return new PlanSnapshot(document, planVersion, frozenAt, frozenMonitoring, files);
	}

	/** The evidence file of this snapshot with that id; other ids (even of stored files) are not part of it. */
	public Optional<EvidenceFile> evidenceFile(String fileId) {
		return evidence.stream().filter(f -> f.fileId().equals(fileId)).findFirst();
	}

}
