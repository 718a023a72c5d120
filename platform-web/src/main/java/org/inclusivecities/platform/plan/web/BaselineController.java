package org.inclusivecities.platform.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.plan.Baseline;
import org.inclusivecities.platform.plan.Practice;
import org.inclusivecities.platform.plan.Stakeholder;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.web.Forms.PracticeForm;
import org.inclusivecities.platform.plan.web.Forms.StakeholderForm;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.context.support.DefaultMessageSourceResolvable;
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

	static final RowList<Baseline, Practice> PRACTICES = new RowList<>(PlanPart.BASELINE, "baseline/practices",
			"practice", Baseline::practices, (b, rows) -> new Baseline(rows, b.stakeholders()), PracticeForm::of,
			p -> new DefaultMessageSourceResolvable("plan.sector." + p.sector()));

	static final RowList<Baseline, Stakeholder> STAKEHOLDERS = new RowList<>(PlanPart.BASELINE,
			"baseline/stakeholders", "stakeholder", Baseline::stakeholders,
			(b, rows) -> new Baseline(b.practices(), rows), StakeholderForm::of, Stakeholder::organisation);

	private final PartPages pages;

	private final RowEdits rows;

	BaselineController(PartPages pages, RowEdits rows) {
		this.pages = pages;
		this.rows = rows;
	}

	/** {@code edit}/{@code remove}: a practice to change or remove; {@code …Stakeholder}: a stakeholder. */
	@GetMapping
	String show(CityWorkspace workspace, @RequestParam(required = false) Integer edit,
			@RequestParam(required = false) Integer remove, @RequestParam(required = false) Integer editStakeholder,
			@RequestParam(required = false) Integer removeStakeholder, Model model) {
		rows.prepare(workspace, PRACTICES, edit, remove, "practiceForm", PracticeForm.EMPTY, model);
		rows.prepare(workspace, STAKEHOLDERS, editStakeholder, removeStakeholder, "stakeholderForm",
				StakeholderForm.EMPTY, model);
		return pages.show(workspace, PlanPart.BASELINE, model);
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
	@PostMapping("/practices/change")
	String changePractice(CityWorkspace workspace, @RequestParam long version, @RequestParam int index,
			@ModelAttribute("practiceForm") PracticeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("stakeholderForm", StakeholderForm.EMPTY);
		form.check(errors);
		return rows.change(workspace, PRACTICES, version, index, form::toPractice, errors, model, redirect, response);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/practices/undo")
	String undoPractice(CityWorkspace workspace, @RequestParam long version, @RequestParam int index,
			@ModelAttribute("practiceForm") PracticeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("stakeholderForm", StakeholderForm.EMPTY);
		form.check(errors);
		return rows.undo(workspace, PRACTICES, version, index, form::toPractice, errors, model, redirect, response);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/stakeholders/change")
	String changeStakeholder(CityWorkspace workspace, @RequestParam long version, @RequestParam int index,
			@ModelAttribute("stakeholderForm") StakeholderForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("practiceForm", PracticeForm.EMPTY);
		form.check(errors);
		return rows.change(workspace, STAKEHOLDERS, version, index, form::toStakeholder, errors, model, redirect, response);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/stakeholders/undo")
	String undoStakeholder(CityWorkspace workspace, @RequestParam long version, @RequestParam int index,
			@ModelAttribute("stakeholderForm") StakeholderForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("practiceForm", PracticeForm.EMPTY);
		form.check(errors);
		return rows.undo(workspace, STAKEHOLDERS, version, index, form::toStakeholder, errors, model, redirect, response);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/practices/remove")
	String removePractice(CityWorkspace workspace, @RequestParam long version, @RequestParam int index,
			@ModelAttribute("practiceForm") PracticeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("stakeholderForm", StakeholderForm.EMPTY);
		return rows.remove(workspace, PRACTICES, version, index, errors, model, redirect, response);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/stakeholders/remove")
	String removeStakeholder(CityWorkspace workspace, @RequestParam long version, @RequestParam int index,
			@ModelAttribute("stakeholderForm") StakeholderForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("practiceForm", PracticeForm.EMPTY);
		return rows.remove(workspace, STAKEHOLDERS, version, index, errors, model, redirect, response);
	}

}
