package org.inclusivecities.platform.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.plan.Communication;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.web.Forms.CommunicationForm;
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

/** The communication plan: audiences, messages, channels, owners and timing. */
@Controller
@RequestMapping("/my/cities/{slug}/plan/communication")
class CommunicationController {

	private final PartPages pages;

	CommunicationController(PartPages pages) {
		this.pages = pages;
	}

	@GetMapping
	String show(CityWorkspace workspace, Model model) {
		model.addAttribute("form", CommunicationForm.EMPTY);
		return pages.show(workspace, PlanPart.COMMUNICATION, model);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping
	String add(CityWorkspace workspace, @RequestParam long version, @ModelAttribute("form") CommunicationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		form.check(errors);
		return pages.add(workspace, PlanPart.COMMUNICATION, errors,
				(Communication plan) -> plan.with(form.toRow()),
				model, redirect, response);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/remove")
	String remove(CityWorkspace workspace, @RequestParam long version, @RequestParam int index,
			@ModelAttribute("form") CommunicationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return pages.save(workspace, PlanPart.COMMUNICATION, version, errors,
				(Communication plan) -> plan.without(index), model, redirect, response);
	}

}
