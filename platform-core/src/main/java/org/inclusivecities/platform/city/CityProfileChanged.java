package org.inclusivecities.platform.city;

/** A city's descriptive data (name, country, population, languages, place, website) changed. */
public record CityProfileChanged(String cityId) implements CityChange {
}
