package org.inclusivecities.platform.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.plan.monitoring.Indicator;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.web.MonitoringForms.IndicatorForm;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing an indicator's definition, guarded by its version (a stale save changes nothing). */
@Controller
@RequestMapping("/my/cities/{slug}/plan/indicators/{id}/edit")
class IndicatorEditController {

	private final IndicatorService indicators;

	private final ActionPlanService plans;

	private final MessageSource messages;

	IndicatorEditController(IndicatorService indicators, ActionPlanService plans, MessageSource messages) {
		this.indicators = indicators;
		this.plans = plans;
		this.messages = messages;
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@GetMapping
	String edit(CityWorkspace workspace, @PathVariable String id, Model model) {
		model.addAttribute("form", IndicatorForm.of(indicators.get(workspace.cityId(), id).getDefinition()));
		return view(workspace, id, model);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping
	String save(CityWorkspace workspace, @PathVariable String id, @RequestParam long version,
			@ModelAttribute("form") IndicatorForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		indicators.get(workspace.cityId(), id);
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				indicators.redefine(workspace.cityId(), id, version, form.toDefinition());
				redirect.addFlashAttribute("flash",
						messages.getMessage("monitoring.edit.saved", null, LocaleContextHolder.getLocale()));
				return "redirect:" + PlanWeb.base(workspace) + "/indicators/" + id;
			}
			catch (InvalidPlanContent ex) {
				PlanWeb.reject(errors, ex);
			}
			catch (OptimisticLockingFailureException ex) {
				model.addAttribute("stale", true);
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				return view(workspace, id, model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return view(workspace, id, model);
	}

	private String view(CityWorkspace workspace, String id, Model model) {
		Indicator indicator = indicators.get(workspace.cityId(), id);
		model.addAttribute("workspace", workspace);
		model.addAttribute("base", PlanWeb.base(workspace));
		model.addAttribute("indicator", indicator);
		model.addAttribute("options", PlanOptions.ALL);
		model.addAttribute("activities", plans.draft(workspace.cityId()).activities().content().activities());
		return "plan/indicator-edit";
	}

}
