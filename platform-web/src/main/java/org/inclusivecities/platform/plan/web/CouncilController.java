package org.inclusivecities.platform.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Council;
import org.inclusivecities.platform.plan.CouncilConsentScope;
import org.inclusivecities.platform.plan.CouncilConsents;
import org.inclusivecities.platform.plan.CouncilMember;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.web.Forms.MemberForm;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The council part: members with their profile and the consent each gave to be named (see {@link CouncilConsentController}). */
@Controller
@RequestMapping("/my/cities/{slug}/plan/council")
class CouncilController {

	private final PartPages pages;

	private final People people;

	private final CouncilConsents consents;

	private final ActionPlanService plans;

	private final ConsentMail mail;

	private final Clock clock;

	CouncilController(PartPages pages, People people, CouncilConsents consents, ActionPlanService plans,
			ConsentMail mail, Clock clock) {
		this.pages = pages;
		this.people = people;
		this.consents = consents;
		this.plans = plans;
		this.mail = mail;
		this.clock = clock;
	}

	@GetMapping
	String show(CityWorkspace workspace, Model model) {
		model.addAttribute("form", MemberForm.EMPTY);
		return pages.show(workspace, PlanPart.COUNCIL, model);
	}

	/**
	 * Each member's consent in force, and the members who left the council but are still named in a published
	 * version (their consent stays withdrawable).
	 */
	@ModelAttribute
	void consents(CityWorkspace workspace, Model model) {
		CouncilConsents.Now now = consents.now(workspace.cityId());
		Set<String> current = plans.council(workspace.cityId()).members().stream()
			.map(CouncilMember::id)
			.collect(Collectors.toSet());
		model.addAttribute("consents", now);
		model.addAttribute("formerNamed", now.byMember().values().stream()
			.filter(c -> c.allowsNetwork() && !current.contains(c.memberId()))
			.toList());
		model.addAttribute("consentScopes", CouncilConsentScope.values());
		model.addAttribute("bases", Forms.ConsentForm.RECORDED_BASES);
	}

	/** The city's people with an account, to link a council member to (optional). */
	@ModelAttribute("cityPeople")
	List<Person> cityPeople(CityWorkspace workspace) {
		return people.findAllByCityId(workspace.cityId(), PageRequest.of(0, 200, Sort.by("displayName"))).getContent();
	}

	/**
	 * Adds a member and, when given, the consent recorded with them: every field is checked before anything is
	 * written, and the member is written first, so a failure in between can only leave a member not named.
	 */
	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping
	String add(CityWorkspace workspace, @RequestParam long version, @ModelAttribute("form") MemberForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		form.check(errors, LocalDate.now(clock));
		if (form.personId() != null && !form.personId().isBlank()
				&& people.findByCityIdAndId(workspace.cityId(), form.personId()).isEmpty()) {
			errors.rejectValue("personId", "plan.error.notAMember");
		}
		return pages.attempt(workspace, PlanPart.COUNCIL, errors, model, redirect, response, editor -> {
			CouncilMember member = form.toMember();
			Council current = plans.draft(workspace.cityId()).council().content();
			plans.merge(workspace.cityId(), PlanPart.COUNCIL, current, current.with(member), editor);
			form.given().ifPresent(consent -> consents.record(workspace.cityId(), member.id(), consent.toScope(),
					consent.toBasis(), consent.toGivenOn(), editor));
			if (form.given().isEmpty()) {
				mail.ask(workspace, member);
			}
		}, conflict -> model.addAttribute("conflict", conflict));
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/remove")
	String remove(CityWorkspace workspace, @RequestParam long version, @RequestParam int index,
			@ModelAttribute("form") MemberForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return pages.save(workspace, PlanPart.COUNCIL, version, errors, (Council council) -> council.without(index),
				model, redirect, response);
	}

}
