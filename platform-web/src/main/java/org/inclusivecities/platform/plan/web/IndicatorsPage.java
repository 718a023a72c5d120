package org.inclusivecities.platform.plan.web;

import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.PlanReadiness;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.tenancy.CityWorkspace;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The model of the indicators page, shared by defining an indicator and importing measurements. */
@Component
class IndicatorsPage {

	private final IndicatorService indicators;

	private final ActionPlanService plans;

	private final PlanReadiness readiness;

	IndicatorsPage(IndicatorService indicators, ActionPlanService plans, PlanReadiness readiness) {
		this.indicators = indicators;
		this.plans = plans;
		this.readiness = readiness;
	}

	String render(CityWorkspace workspace, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", MonitoringForms.IndicatorForm.EMPTY);
		}
		model.addAttribute("workspace", workspace);
		model.addAttribute("base", PlanWeb.base(workspace));
		model.addAttribute("canEdit", workspace.canEditPlan());
		model.addAttribute("options", PlanOptions.ALL);
		model.addAttribute("indicators", indicators.list(workspace.cityId()));
		model.addAttribute("activities", plans.draft(workspace.cityId()).activities().content().activities());
		model.addAttribute("readiness", readiness.assess(workspace.cityId()));
		return "plan/indicators";
	}

}
