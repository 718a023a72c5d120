package org.inclusivecities.platform.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.plan.Activities;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.web.Forms.ActivityForm;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The one-year schedule of recovery activities. */
@Controller
@RequestMapping("/my/cities/{slug}/plan/activities")
class ActivitiesController {

	private final PartPages pages;

	ActivitiesController(PartPages pages) {
		this.pages = pages;
	}

	@GetMapping
	String show(CityWorkspace workspace, Model model) {
		model.addAttribute("form", ActivityForm.EMPTY);
		return pages.show(workspace, PlanPart.ACTIVITIES, model);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping
	String add(CityWorkspace workspace, @RequestParam long version, @ModelAttribute("form") ActivityForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		form.check(errors);
		return pages.add(workspace, PlanPart.ACTIVITIES, errors,
				(Activities activities) -> activities.with(form.toActivity()), model, redirect, response);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/remove")
	String remove(CityWorkspace workspace, @RequestParam long version, @RequestParam String id,
			@ModelAttribute("form") ActivityForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return pages.save(workspace, PlanPart.ACTIVITIES, version, errors,
				(Activities activities) -> activities.without(id), model, redirect, response);
	}

}
