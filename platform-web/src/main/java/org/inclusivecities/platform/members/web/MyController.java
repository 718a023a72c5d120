package org.inclusivecities.platform.members.web;

import java.util.Comparator;
import java.util.List;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.Membership;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.security.PlatformPrincipal;
import org.inclusivecities.platform.tenancy.CityWorkspace;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in person's cities, and the home of one city's workspace. */
@Controller
class MyController {

	private final People people;

	private final Cities cities;

	MyController(People people, Cities cities) {
		this.people = people;
		this.cities = cities;
	}

	@GetMapping("/my")
	String mine(@AuthenticationPrincipal PlatformPrincipal principal, Model model) {
		Person person = people.findById(principal.personId()).orElseThrow(MemberNotFoundPage::new);
		List<String> ids = person.getMemberships().stream().map(Membership::cityId).toList();
		List<MyCity> mine = cities.findAllByIdIn(ids)
			.stream()
			.sorted(Comparator.comparing(City::getName, String.CASE_INSENSITIVE_ORDER))
			.map(city -> new MyCity(city, person.membershipIn(city.getId()).orElseThrow()))
			.toList();
		model.addAttribute("person", person);
		model.addAttribute("cities", mine);
		return "people/my";
	}

	@GetMapping("/my/cities/{slug}")
	String workspace(CityWorkspace workspace, Model model) {
		model.addAttribute("workspace", workspace);
		return "people/workspace";
	}

	/** A city of mine with my roles in it. */
	record MyCity(City city, Membership membership) {
	}

	/** Signed in but the person record is gone: nothing to show. */
	static class MemberNotFoundPage extends RuntimeException {

		MemberNotFoundPage() {
			super("Not found");
		}

	}

}
