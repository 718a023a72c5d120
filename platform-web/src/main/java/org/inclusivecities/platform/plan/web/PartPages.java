package org.inclusivecities.platform.plan.web;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.plan.ActionPlan;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.PartContent;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.PlanPartConflict;
import org.inclusivecities.platform.plan.PlanReadiness;
import org.inclusivecities.platform.plan.PlanTask;
import org.inclusivecities.platform.plan.PlanTeamwork;
import org.inclusivecities.platform.plan.Section;
import org.inclusivecities.platform.tenancy.CityWorkspace;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shared flow of every part page: show the part with its version, apply a change, and answer a save that
 * cannot be merged with the other person's version (409) instead of overwriting it. Rows added to a list never
 * clash; a field form merges field by field ({@link FieldPages}); a removal from a stale list is a conflict.
 */
@Component
class PartPages {

	/** How many of a part's latest saves its page lists. */
	static final int HISTORY = 10;

	private final ActionPlanService plans;

	private final PlanReadiness readiness;

	private final MessageSource messages;

	private final PlanTeamwork teamwork;

	PartPages(ActionPlanService plans, PlanReadiness readiness, MessageSource messages, PlanTeamwork teamwork) {
		this.teamwork = teamwork;
		this.plans = plans;
		this.readiness = readiness;
		this.messages = messages;
	}

	String show(CityWorkspace workspace, PlanPart part, Model model) {
		ActionPlan plan = plans.draft(workspace.cityId());
		model.addAttribute("workspace", workspace);
		model.addAttribute("base", PlanWeb.base(workspace));
		model.addAttribute("part", part);
		model.addAttribute("section", plan.section(part));
		model.addAttribute("plan", plan);
		model.addAttribute("canEdit", workspace.canEditPlan());
		model.addAttribute("options", PlanOptions.ALL);
		model.addAttribute("readiness", readiness.assess(workspace.cityId()));
		if (!model.containsAttribute("started") && model.getAttribute("form") instanceof Record form) {
			model.addAttribute("started", FieldForms.values(form));
		}
		if (!model.containsAttribute("startedVersion")) {
			model.addAttribute("startedVersion", plan.section(part).version());
		}
		List<PlanTask> tasks = teamwork.tasks(workspace.cityId(), part);
		model.addAttribute("tasks", tasks);
		List<Person> assignees = teamwork.assignees(workspace.cityId());
		model.addAttribute("stranded", PlanTeamwork.stranded(tasks, assignees));
		model.addAttribute("comments", teamwork.comments(workspace.cityId(), part));
		model.addAttribute("changes", plans.history(workspace.cityId(), part, HISTORY));
		model.addAttribute("assignees", workspace.canEditPlan() ? assignees : List.of());
		if (!model.containsAttribute("taskForm")) {
			model.addAttribute("taskForm", Forms.TaskForm.EMPTY);
		}
		if (!model.containsAttribute("commentForm")) {
			model.addAttribute("commentForm", Forms.CommentForm.EMPTY);
		}
		return "plan/" + part.slug();
	}

	/** Changes the part as the editor saw it at {@code version}; refused as a conflict when it changed since. */
	<C extends PartContent> String save(CityWorkspace workspace, PlanPart part, long version, BindingResult errors,
			UnaryOperator<C> change, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return attempt(workspace, part, errors, model, redirect, response, editor -> {
			@SuppressWarnings("unchecked")
			C current = (C) plans.draft(workspace.cityId()).section(part).content();
			plans.save(workspace.cityId(), part, version, change.apply(current), editor);
		}, conflict -> model.addAttribute("conflict", conflict));
	}

	/**
	 * Adds a row to a list part as it is now, whatever version the page showed: a new row changes nothing anybody
	 * else wrote, so it never clashes (a concurrent write in between is merged by the service).
	 */
	<C extends PartContent> String add(CityWorkspace workspace, PlanPart part, BindingResult errors,
			UnaryOperator<C> change, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return attempt(workspace, part, errors, model, redirect, response, editor -> {
			@SuppressWarnings("unchecked")
			Section<C> current = (Section<C>) plans.draft(workspace.cityId()).section(part);
			plans.merge(workspace.cityId(), part, current.content(), change.apply(current.content()), editor);
		}, conflict -> model.addAttribute("conflict", conflict));
	}

	/** Runs one save: field errors are 400, a conflict is 409 (shown by {@code onConflict}), success redirects. */
	String attempt(CityWorkspace workspace, PlanPart part, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Consumer<Editor> save,
			Consumer<PlanPartConflict> onConflict) {
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(workspace, part, model);
		}
		try {
			save.accept(PlanWeb.editor(workspace));
		}
		catch (InvalidPlanContent ex) {
			PlanWeb.reject(errors, ex);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(workspace, part, model);
		}
		catch (PlanPartConflict conflict) {
			onConflict.accept(conflict);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return show(workspace, part, model);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("plan.saved",
				new Object[] { messages.getMessage("plan.part." + part.slug(), null, LocaleContextHolder.getLocale()) },
				LocaleContextHolder.getLocale()));
		return "redirect:" + PlanWeb.base(workspace) + "/" + part.slug();
	}

}
