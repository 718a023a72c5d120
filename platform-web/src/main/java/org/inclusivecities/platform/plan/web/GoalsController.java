package org.inclusivecities.platform.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.plan.Goal;
import org.inclusivecities.platform.plan.Goals;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.web.Forms.GoalForm;
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

/** Short- and long-term goals with target dates. */
@Controller
@RequestMapping("/my/cities/{slug}/plan/goals")
class GoalsController {

	static final RowList<Goals, Goal> GOALS = new RowList<>(PlanPart.GOALS, "goals", "goal", Goals::goals,
			(goals, rows) -> new Goals(rows), GoalForm::of, Goal::text);

	private final PartPages pages;

	private final RowEdits rows;

	GoalsController(PartPages pages, RowEdits rows) {
		this.pages = pages;
		this.rows = rows;
	}

	/** {@code edit}: the row to show as a form; {@code remove}: the row whose removal to confirm. */
	@GetMapping
	String show(CityWorkspace workspace, @RequestParam(required = false) Integer edit,
			@RequestParam(required = false) Integer remove, Model model) {
		rows.prepare(workspace, GOALS, edit, remove, "form", GoalForm.EMPTY, model);
		return pages.show(workspace, PlanPart.GOALS, model);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping
	String add(CityWorkspace workspace, @RequestParam long version, @ModelAttribute("form") GoalForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		form.check(errors);
		return pages.add(workspace, PlanPart.GOALS, errors, (Goals goals) -> goals.with(form.toGoal()), model,
				redirect,
				response);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/remove")
	String remove(CityWorkspace workspace, @RequestParam long version, @RequestParam int index,
			@ModelAttribute("form") GoalForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return rows.remove(workspace, GOALS, version, index, errors, model, redirect, response);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/change")
	String change(CityWorkspace workspace, @RequestParam long version, @RequestParam int index,
			@ModelAttribute("form") GoalForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		form.check(errors);
		return rows.change(workspace, GOALS, version, index, form::toGoal, errors, model, redirect, response);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/undo")
	String undo(CityWorkspace workspace, @RequestParam long version, @RequestParam int index,
			@ModelAttribute("form") GoalForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		form.check(errors);
		return rows.undo(workspace, GOALS, version, index, form::toGoal, errors, model, redirect, response);
	}

}
