package org.inclusivecities.platform.practice;

import java.time.Instant;

/** One version of a practice's content, with its moderation outcome. Versions are kept, never rewritten once decided. */
public record Revision(int number, PracticeContent content, RevisionStatus status, Instant createdAt,
		Instant submittedAt, Instant decidedAt, String decidedBy, String feedback) {

	Revision withContent(PracticeContent content) {
		return new Revision(number, content, RevisionStatus.DRAFT, createdAt, null, null, null, feedback);
	}

	Revision submitted(Instant at) {
		return new Revision(number, content, RevisionStatus.SUBMITTED, createdAt, at, null, null, feedback);
	}

	Revision decided(RevisionStatus outcome, Instant at, String by, String feedback) {
		return new Revision(number, content, outcome, createdAt, submittedAt, at, by, feedback);
	}

	Revision withdrawn(Instant at, String by, String reason) {
		return new Revision(number, content, RevisionStatus.WITHDRAWN, createdAt, submittedAt, at, by, reason);
	}

	Revision superseded() {
		return new Revision(number, content, RevisionStatus.SUPERSEDED, createdAt, submittedAt, decidedAt, decidedBy,
				feedback);
	}

}
