package org.inclusivecities.platform.request;

import java.time.Instant;

/** An accrediting decision that an appeal's new decision took the place of, and when. */
public record ReplacedDecision(Decision decision, Instant replacedAt) {
}
