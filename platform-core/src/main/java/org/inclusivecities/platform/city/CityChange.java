package org.inclusivecities.platform.city;

import org.inclusivecities.platform.changefeed.ChangeOfCity;

/** What happened to a city that the public directory shows; listeners read the city again by its id. */
public sealed interface CityChange extends ChangeOfCity permits CityListed, CityStatusChanged, CityProfileChanged, CityImported {

	String cityId();

}
