package org.inclusivecities.platform.city;

/** A city moved to another status (suspended, declined, left, ...) other than into a listed one. */
public record CityStatusChanged(String cityId) implements CityChange {
}
