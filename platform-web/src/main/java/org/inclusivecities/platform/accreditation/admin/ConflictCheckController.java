package org.inclusivecities.platform.accreditation.admin;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.pool.ReviewerNomination;
import org.inclusivecities.platform.pool.ReviewerPool;
import org.inclusivecities.platform.request.ConflictCheck;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Could this person review that city, and if not, why" for any reviewer of the pool and any member city: every
 * rule a seat would break, judged on the whole network as each transition is. A GET form: the answer is a page
 * that can be bookmarked and changes nothing.
 */
@Controller
class ConflictCheckController {

	private final ConflictCheck check;

	private final ReviewerPool pool;

	private final Cities cities;

	private final Names names;

	private final Wording wording;

	private final MessageSource messages;

	ConflictCheckController(ConflictCheck check, ReviewerPool pool, Cities cities, Names names, Wording wording,
			MessageSource messages) {
		this.messages = messages;
		this.check = check;
		this.pool = pool;
		this.cities = cities;
		this.names = names;
		this.wording = wording;
	}

	@GetMapping("/admin/accreditation/conflict-check")
	String page(@RequestParam(required = false) String person, @RequestParam(required = false) String city,
			@AuthenticationPrincipal PlatformPrincipal principal, Model model, Locale locale) {
		Set<String> personIds = new HashSet<>();
		pool.activeReviewers().stream().map(ReviewerNomination::getPersonId).forEach(personIds::add);
		List<City> members = cities.findAllByStatusIn(Set.of(CityStatus.values()), Pageable.unpaged())
			.stream()
			.sorted(Comparator.comparing(City::getName, String.CASE_INSENSITIVE_ORDER))
			.toList();
		Names.Lookup lookup = names.of(personIds, Set.of());
		model.addAttribute("people", personIds.stream()
			.map(id -> new RequestPage.Choice(id, lookup.person(id)))
			.sorted(Comparator.comparing(RequestPage.Choice::label, String.CASE_INSENSITIVE_ORDER))
			.toList());
		model.addAttribute("cities", members.stream().map(c -> new RequestPage.Choice(c.getId(), c.getName())).toList());
		model.addAttribute("person", person);
		model.addAttribute("city", city);
		boolean known = person != null && personIds.contains(person) && city != null
				&& members.stream().anyMatch(c -> c.getId().equals(city));
		if (known) {
			ConflictCheck.Verdict verdict = check.check(principal.personId(), person, city);
			model.addAttribute("verdict", verdict);
			model.addAttribute("personName", lookup.person(person));
			model.addAttribute("cityName", members.stream().filter(c -> c.getId().equals(city)).findFirst()
				.map(City::getName).orElse(city));
			model.addAttribute("reasons", verdict.brokenRules().stream().map(r -> wording.rule(r, locale)).toList());
		}
		else if (person != null) {
			String field = person == null || !personIds.contains(person) ? "person" : "city";
			model.addAttribute("errors", java.util.Map.of(field,
					messages.getMessage("reviewAdmin.check.error." + field, null, locale)));
		}
		return "accreditation/admin/conflict-check";
	}

}
