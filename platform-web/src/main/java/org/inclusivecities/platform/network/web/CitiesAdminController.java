package org.inclusivecities.platform.network.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityNames;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.join.LikelyDuplicates;
import org.inclusivecities.platform.layout.FormErrors;
import org.inclusivecities.platform.network.CityManagement;
import org.inclusivecities.platform.people.CityMembers;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.DisplayName;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's city management: every city by status and name, and per city suspend, reinstate, merge, remove. */
@Controller
class CitiesAdminController {

	private static final int PAGE = 50;

	private final Cities cities;

	private final CityManagement management;

	private final LikelyDuplicates duplicates;

	private final CityMembers members;

	private final People people;

	private final MessageSource messages;

	CitiesAdminController(Cities cities, CityManagement management, LikelyDuplicates duplicates, CityMembers members,
			People people, MessageSource messages) {
		this.cities = cities;
		this.management = management;
		this.duplicates = duplicates;
		this.members = members;
		this.people = people;
		this.messages = messages;
	}

	@GetMapping("/admin/cities")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Set<CityStatus> statuses = EnumSet.allOf(CityStatus.class);
		CityStatus chosen = null;
		for (CityStatus s : CityStatus.values()) {
			if (s.name().equals(status)) {
				chosen = s;
				statuses = EnumSet.of(s);
			}
		}
		String folded = CityNames.fold(q == null ? "" : q.length() > 100 ? q.substring(0, 100) : q);
		PageRequest request = PageRequest.of(Math.max(0, Math.min(page, 10_000)), PAGE, Sort.by("searchName", "slug"));
		Page<City> found = folded.isEmpty() ? cities.findAllByStatusIn(statuses, request)
				: cities.findAllByStatusInAndSearchKeysStartingWith(statuses, folded, request);
		model.addAttribute("found", found);
		model.addAttribute("statuses", CityStatus.values());
		model.addAttribute("status", chosen == null ? "" : chosen.name());
		model.addAttribute("q", q == null ? "" : q);
		return "network/cities";
	}

	@GetMapping("/admin/cities/{slug}")
	String detail(@PathVariable String slug, Model model) {
		City city = management.get(slug);
		model.addAttribute("city", city);
		model.addAttribute("duplicates", duplicates.of(city));
		model.addAttribute("ownedContent", management.content(city));
		model.addAttribute("memberCount", members.members(city.getId()).size());
		model.addAttribute("survivor", management.survivorOf(city).orElse(null));
		List<String> actors = city.getHistory().stream().map(City.StatusChange::actorId).filter(a -> a != null).toList();
		model.addAttribute("actors", people.findDisplayNamesByIdIn(actors).stream()
			.collect(java.util.stream.Collectors.toMap(DisplayName::getId, DisplayName::getDisplayName, (a, b) -> a)));
		if (!model.containsAttribute("reasonForm")) {
			model.addAttribute("reasonForm", new ReasonForm(null, null));
		}
		if (!model.containsAttribute("mergeForm")) {
			model.addAttribute("mergeForm", new MergeForm(null, null));
		}
		return "network/city";
	}

	@PostMapping("/admin/cities/{slug}/suspend")
	String suspend(@PathVariable String slug, @Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult result,
			@AuthenticationPrincipal PlatformPrincipal principal, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return again(slug, "suspend", form.reason(), result, model, locale, response);
		}
		City city = management.suspend(slug, principal.personId(), form.reason());
		return done(city, "network.suspended", locale, redirect);
	}

	@PostMapping("/admin/cities/{slug}/reinstate")
	String reinstate(@PathVariable String slug, @AuthenticationPrincipal PlatformPrincipal principal, Locale locale,
			RedirectAttributes redirect) {
		return done(management.reinstate(slug, principal.personId()), "network.reinstated", locale, redirect);
	}

	@PostMapping("/admin/cities/{slug}/merge")
	String merge(@PathVariable String slug, @Valid @ModelAttribute("mergeForm") MergeForm form, BindingResult result,
			@AuthenticationPrincipal PlatformPrincipal principal, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return again(slug, "merge", form.reason(), result, model, locale, response);
		}
		City merged = management.merge(slug, form.survivor().strip(), principal.personId(), form.reason());
		return done(merged, "network.merged", locale, redirect);
	}

	@PostMapping("/admin/cities/{slug}/remove")
	String remove(@PathVariable String slug, @Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult result,
			@AuthenticationPrincipal PlatformPrincipal principal, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!form.confirmed()) {
			result.rejectValue("confirm", "network.error.confirm");
		}
		if (result.hasErrors()) {
			return again(slug, "remove", form.reason(), result, model, locale, response);
		}
		return done(management.remove(slug, principal.personId(), form.reason()), "network.removed", locale, redirect);
	}

	/** The page again with the errors of one action's form, keyed by its fields' ids, and the reason as typed. */
	private String again(String slug, String action, String reason, BindingResult result, Model model, Locale locale,
			HttpServletResponse response) {
		management.get(slug);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		FormErrors.of(result, messages, locale)
			.forEach((field, message) -> errors.put("reason".equals(field) ? action + "Reason" : field, message));
		model.addAttribute("errors", errors);
		model.addAttribute("failedAction", action);
		model.addAttribute("reasonText", reason);
		return detail(slug, model);
	}

	private String done(City city, String key, Locale locale, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", messages.getMessage(key, new Object[] { city.getName() }, locale));
		return "redirect:/admin/cities/" + city.getSlug();
	}

}
