package org.inclusivecities.platform.request;

import java.time.Instant;

/**
 * The secretariat revoked a certificate: when, by whom, why (kept in the audit trail and mailed to the city's
 * admins) and, when given, the reason the public verification page shows (else none).
 */
public record Revocation(String certificateCode, Instant revokedAt, String revokedBy, String reason,
		String publicReason) {
}
