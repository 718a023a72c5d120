package org.inclusivecities.platform.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.KickOff;
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

	private final ActionPlanService plans;

	KickOffController(PartPages pages, ActionPlanService plans) {
		this.pages = pages;
		this.plans = plans;
	}

	@GetMapping
	String show(CityWorkspace workspace, Model model) {
		KickOff kickOff = plans.draft(workspace.cityId()).kickoff().content();
		model.addAttribute("form", new KickOffForm(kickOff.date() == null ? null : kickOff.date().toString(),
				kickOff.stakeholdersInvited(), kickOff.outcomeNotes()));
		return pages.show(workspace, PlanPart.KICKOFF, model);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping
	String save(CityWorkspace workspace, @RequestParam long version, @ModelAttribute("form") KickOffForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		form.check(errors);
		return pages.save(workspace, PlanPart.KICKOFF, version, errors, (KickOff old) -> form.toKickOff(), model,
				redirect, response);
	}

}
