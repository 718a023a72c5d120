package org.inclusivecities.platform.security.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.Membership;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Who the API caller is: the first thing a client asks with a new token. */
@RestController
class MeApiController {

	private final People people;

	private final Cities cities;

	MeApiController(People people, Cities cities) {
		this.people = people;
		this.cities = cities;
	}

	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal PlatformPrincipal principal) {
		Person person = people.findById(principal.personId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<String, String> slugs = cities
			.findAllByIdIn(person.getMemberships().stream().map(Membership::cityId).toList())
			.stream()
			.collect(Collectors.toMap(City::getId, City::getSlug));
		List<CityMembership> memberships = person.getMemberships()
			.stream()
			.filter(m -> slugs.containsKey(m.cityId()))
			.map(m -> new CityMembership(slugs.get(m.cityId()), m.roles().stream().map(Enum::name).sorted().toList()))
			.sorted(Comparator.comparing(CityMembership::city))
			.toList();
		return new Me(person.getId(), person.getDisplayName(), person.getLanguage().locale().getLanguage(),
				person.isNetworkAdmin(), memberships);
	}

	/** The caller's account as the API shows it (no email: the caller knows it, logs and proxies need not). */
	record Me(String id, String displayName, String language, boolean networkAdmin, List<CityMembership> memberships) {
	}

	/** A city (by slug) and the caller's roles there. */
	record CityMembership(String city, List<String> roles) {
	}

}
