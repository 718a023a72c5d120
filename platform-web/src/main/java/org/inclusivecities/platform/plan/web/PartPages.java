package org.inclusivecities.platform.plan.web;

import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.plan.ActionPlan;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.Editor;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.PartContent;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.PlanPartConflict;
import org.inclusivecities.platform.plan.PlanReadiness;
import org.inclusivecities.platform.tenancy.CityWorkspace;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shared flow of every part page: show the part with its version, apply a change to the version the editor
 * saw, and answer a stale save with the other person's version (409) instead of overwriting it.
 */
@Component
class PartPages {

	private final ActionPlanService plans;

	private final PlanReadiness readiness;

	private final MessageSource messages;

	PartPages(ActionPlanService plans, PlanReadiness readiness, MessageSource messages) {
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
		return "plan/" + part.slug();
	}

	<C extends PartContent> String save(CityWorkspace workspace, PlanPart part, long version, BindingResult errors,
			UnaryOperator<C> change, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Editor editor = PlanWeb.editor(workspace);
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(workspace, part, model);
		}
		try {
			@SuppressWarnings("unchecked")
			C current = (C) plans.draft(workspace.cityId()).section(part).content();
			plans.save(workspace.cityId(), part, version, change.apply(current), editor);
		}
		catch (InvalidPlanContent ex) {
			PlanWeb.reject(errors, ex);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(workspace, part, model);
		}
		catch (PlanPartConflict conflict) {
			model.addAttribute("conflict", conflict);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return show(workspace, part, model);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("plan.saved",
				new Object[] { messages.getMessage("plan.part." + part.slug(), null, LocaleContextHolder.getLocale()) },
				LocaleContextHolder.getLocale()));
		return "redirect:" + PlanWeb.base(workspace) + "/" + part.slug();
	}

}
