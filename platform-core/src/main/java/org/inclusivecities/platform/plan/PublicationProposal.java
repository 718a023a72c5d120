package org.inclusivecities.platform.plan;

import java.time.Instant;

/**
 * A council member's proposal to publish the draft: publishing is the city admin's decision, who publishes or
 * declines it with a reason. Kept on the draft (one per city at a time) until one of them happens.
 */
public record PublicationProposal(String personId, String displayName, Instant at) {
}
