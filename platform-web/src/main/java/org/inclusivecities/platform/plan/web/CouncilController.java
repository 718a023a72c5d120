package org.inclusivecities.platform.plan.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.plan.Council;
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

/** The council part: members with their profile and whether their name may be shown publicly. */
@Controller
@RequestMapping("/my/cities/{slug}/plan/council")
class CouncilController {

	private final PartPages pages;

	private final People people;

	CouncilController(PartPages pages, People people) {
		this.pages = pages;
		this.people = people;
	}

	@GetMapping
	String show(CityWorkspace workspace, Model model) {
		model.addAttribute("form", MemberForm.EMPTY);
		return pages.show(workspace, PlanPart.COUNCIL, model);
	}

	/** The city's people with an account, to link a council member to (optional). */
	@ModelAttribute("cityPeople")
	List<Person> cityPeople(CityWorkspace workspace) {
		return people.findAllByCityId(workspace.cityId(), PageRequest.of(0, 200, Sort.by("displayName"))).getContent();
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping
	String add(CityWorkspace workspace, @RequestParam long version, @ModelAttribute("form") MemberForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		form.check(errors);
		if (form.personId() != null && !form.personId().isBlank()
				&& people.findByCityIdAndId(workspace.cityId(), form.personId()).isEmpty()) {
			errors.rejectValue("personId", "plan.error.notAMember");
		}
		return pages.add(workspace, PlanPart.COUNCIL, errors,
				(Council council) -> council.with(form.toMember()),
				model, redirect, response);
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
