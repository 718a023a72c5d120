package org.inclusivecities.platform.workspace.web;


import java.util.Comparator;
import java.util.List;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.Membership;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.security.PlatformPrincipal;
import org.inclusivecities.platform.tenancy.NotAMember;
import org.inclusivecities.platform.workspace.WaitingList;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A person's home: what is waiting for them (every feature's {@code WaitingItems}), then each of their homes: every
 * city workspace with their roles there, their reviews when they review, the secretariat when they are part of it.
 */
@Controller
class MyHomeController {

	private final People people;

	private final Cities cities;

	private final WaitingList waiting;

	MyHomeController(People people, Cities cities, WaitingList waiting) {
		this.people = people;
		this.cities = cities;
		this.waiting = waiting;
	}

	@GetMapping("/my")
	String mine(@AuthenticationPrincipal PlatformPrincipal principal, Model model) {
		Person person = people.findById(principal.personId()).orElseThrow(NotAMember::new);
		List<String> ids = person.getMemberships().stream().map(Membership::cityId).toList();
		List<MyCity> mine = cities.findAllByIdIn(ids)
			.stream()
			.sorted(Comparator.comparing(City::getName, String.CASE_INSENSITIVE_ORDER))
			.map(city -> new MyCity(city, person.membershipIn(city.getId()).orElseThrow()))
			.toList();
		model.addAttribute("person", person);
		model.addAttribute("cities", mine);
		model.addAttribute("reviewer", mine.stream().anyMatch(c -> c.membership().has(Role.REVIEWER)));
		model.addAttribute("waiting", waiting.of(person));
		return "workspace/my";
	}

	/** A city of mine with my roles in it. */
	record MyCity(City city, Membership membership) {
	}

}
