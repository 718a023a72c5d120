package org.inclusivecities.platform.accreditation.admin;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.People;

import org.springframework.stereotype.Component;

/**
 * Display names for the secretariat's pages, looked up in one query per kind: people by id (display name only)
 * and cities by id. An id without a match is shown as it is, so a page never fails on a missing name.
 */
@Component
class Names {

	private final Cities cities;

	private final People directory;

	Names(Cities cities, People directory) {
		this.cities = cities;
		this.directory = directory;
	}

	Lookup of(Collection<String> personIds, Collection<String> cityIds) {
		Map<String, String> people = new HashMap<>();
		if (!personIds.isEmpty()) {
			directory.findDisplayNamesByIdIn(Set.copyOf(personIds))
				.forEach(p -> people.put(p.getId(), p.getDisplayName()));
		}
		Map<String, City> byId = new HashMap<>();
		if (!cityIds.isEmpty()) {
			cities.findAllByIdIn(Set.copyOf(cityIds)).forEach(c -> byId.put(c.getId(), c));
		}
		return new Lookup(people, byId);
	}

	/** Names found for one page. */
	record Lookup(Map<String, String> people, Map<String, City> cities) {

		String person(String id) {
			return people.getOrDefault(id, id);
		}

		String city(String id) {
			City city = cities.get(id);
			return city == null ? id : city.getName();
		}

	}

}
