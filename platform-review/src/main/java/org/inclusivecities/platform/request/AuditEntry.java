package org.inclusivecities.platform.request;

import java.time.Instant;

/** One line of a request's append-only audit trail: who did what, when (details never hold personal data). */
public record AuditEntry(String actorId, Instant at, String action, String detail) {

}
