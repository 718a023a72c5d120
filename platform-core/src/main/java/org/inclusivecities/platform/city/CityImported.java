package org.inclusivecities.platform.city;

/** A city and all its data arrived from an export of another platform ({@link CityPortability}). */
public record CityImported(String cityId) implements CityChange {
}
