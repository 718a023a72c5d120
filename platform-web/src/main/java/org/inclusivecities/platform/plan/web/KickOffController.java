package org.inclusivecities.platform.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.web.Forms.KickOffForm;
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

/** The kick-off session: when, who was invited, what came out of it. */
@Controller
@RequestMapping("/my/cities/{slug}/plan/kickoff")
class KickOffController {

	private final PartPages pages;

	private final FieldPages fields;

	private final ActionPlanService plans;

	KickOffController(PartPages pages, FieldPages fields, ActionPlanService plans) {
		this.pages = pages;
		this.fields = fields;
		this.plans = plans;
	}

	@GetMapping
	String show(CityWorkspace workspace, Model model) {
		model.addAttribute("form", KickOffForm.of(plans.draft(workspace.cityId()).kickoff().content()));
		model.addAttribute("attendeeFields", KickOffForm.GROUPS);
		return pages.show(workspace, PlanPart.KICKOFF, model);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping
	String save(CityWorkspace workspace, @RequestParam long version, @ModelAttribute("form") KickOffForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response,
			HttpServletRequest request) {
		form.check(errors);
		model.addAttribute("attendeeFields", KickOffForm.GROUPS);
		return fields.save(workspace, PlanPart.KICKOFF, version, form, KickOffForm::toKickOff, KickOffForm::of, errors,
				model, redirect, response, request);
	}

}
