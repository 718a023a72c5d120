package org.inclusivecities.platform.plan.web;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;

/** Two cities with their people, for tenancy and page tests. */
record PlanTestCities(City a, City b, Person councilA, Person readerA, Person councilB) {

	static PlanTestCities seed(Cities cities, People people, Clock clock, String suffix) {
		City a = cities.save(City.apply(profile("Alphaville " + suffix), clock.instant()));
		City b = cities.save(City.apply(profile("Betatown " + suffix), clock.instant()));
		Person councilA = person(people, clock, "council-a-" + suffix, a, Role.COUNCIL_MEMBER);
		Person readerA = person(people, clock, "reader-a-" + suffix, a, Role.REVIEWER);
		Person councilB = person(people, clock, "council-b-" + suffix, b, Role.CITY_ADMIN);
		return new PlanTestCities(a, b, councilA, readerA, councilB);
	}

	private static Person person(People people, Clock clock, String name, City city, Role role) {
		Person person = Person.create(name + "@example.org", name, Language.EN, clock.instant());
		person.grant(city.getId(), Set.of(role), clock.instant(), "test");
		return people.save(person);
	}

	private static CityProfile profile(String name) {
		return new CityProfile(name, "BE", null, 100_000L, List.of("nl"), null, null);
	}

}
