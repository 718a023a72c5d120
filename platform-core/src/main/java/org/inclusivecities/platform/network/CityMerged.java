package org.inclusivecities.platform.network;

/** A duplicate city record was merged into another: its members and open invitations now belong to the survivor. */
public record CityMerged(String duplicateId, String survivorId, String actorId) {
}
