package org.inclusivecities.platform.city;

/** A city became a member: it is listed in the public directory from now on. */
public record CityListed(String cityId) implements CityChange {
}
