package org.inclusivecities.platform.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.web.MonitoringForms.IndicatorForm;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The city's indicators: the list, and defining one (importing measurements is {@link MeasurementImportController}). */
@Controller
@RequestMapping("/my/cities/{slug}/plan/indicators")
class IndicatorsController {

	private final IndicatorService indicators;

	private final IndicatorsPage page;

	private final MessageSource messages;

	IndicatorsController(IndicatorService indicators, IndicatorsPage page, MessageSource messages) {
		this.indicators = indicators;
		this.page = page;
		this.messages = messages;
	}

	@GetMapping
	String list(CityWorkspace workspace, Model model) {
		model.addAttribute("form", IndicatorForm.EMPTY);
		return view(workspace, model);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping
	String define(CityWorkspace workspace, @ModelAttribute("form") IndicatorForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				var indicator = indicators.define(workspace.cityId(), form.toDefinition());
				redirect.addFlashAttribute("flash", message("plan.indicators.defined", indicator.getDefinition().name()));
				return "redirect:" + PlanWeb.base(workspace) + "/indicators/" + indicator.getId();
			}
			catch (InvalidPlanContent ex) {
				PlanWeb.reject(errors, ex);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return view(workspace, model);
	}

	private String view(CityWorkspace workspace, Model model) {
		return page.render(workspace, model);
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
