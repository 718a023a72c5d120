package org.inclusivecities.platform.network;

/** A duplicate city record without content was removed. */
public record CityRemoved(String cityId, String actorId) {
}
