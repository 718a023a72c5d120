package org.inclusivecities.platform.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.plan.Baseline;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.web.Forms.PracticeForm;
import org.inclusivecities.platform.plan.web.Forms.StakeholderForm;
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

/** The startfoto: existing practices and gaps per sector, and the stakeholder map. */
@Controller
@RequestMapping("/my/cities/{slug}/plan/baseline")
class BaselineController {

	private final PartPages pages;

	BaselineController(PartPages pages) {
		this.pages = pages;
	}

	@GetMapping
	String show(CityWorkspace workspace, Model model) {
		return view(workspace, model);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/practices")
	String addPractice(CityWorkspace workspace, @RequestParam long version,
			@ModelAttribute("practiceForm") PracticeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("stakeholderForm", StakeholderForm.EMPTY);
		form.check(errors);
		return pages.add(workspace, PlanPart.BASELINE, errors, (Baseline b) -> b.with(form.toPractice()),
				model, redirect,
				response);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/stakeholders")
	String addStakeholder(CityWorkspace workspace, @RequestParam long version,
			@ModelAttribute("stakeholderForm") StakeholderForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("practiceForm", PracticeForm.EMPTY);
		form.check(errors);
		return pages.add(workspace, PlanPart.BASELINE, errors,
				(Baseline b) -> b.with(form.toStakeholder()),
				model, redirect, response);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/practices/remove")
	String removePractice(CityWorkspace workspace, @RequestParam long version, @RequestParam int index,
			@ModelAttribute("practiceForm") PracticeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("stakeholderForm", StakeholderForm.EMPTY);
		return pages.save(workspace, PlanPart.BASELINE, version, errors, (Baseline b) -> b.withoutPractice(index),
				model, redirect, response);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/stakeholders/remove")
	String removeStakeholder(CityWorkspace workspace, @RequestParam long version, @RequestParam int index,
			@ModelAttribute("stakeholderForm") StakeholderForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("practiceForm", PracticeForm.EMPTY);
		return pages.save(workspace, PlanPart.BASELINE, version, errors, (Baseline b) -> b.withoutStakeholder(index),
				model, redirect, response);
	}

	private String view(CityWorkspace workspace, Model model) {
		model.addAttribute("practiceForm", PracticeForm.EMPTY);
		model.addAttribute("stakeholderForm", StakeholderForm.EMPTY);
		return pages.show(workspace, PlanPart.BASELINE, model);
	}

}
