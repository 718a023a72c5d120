package org.inclusivecities.platform.plan.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.plan.monitoring.Indicator;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.plan.monitoring.Measurement;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.web.MonitoringForms.MeasurementForm;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** One indicator: its measurements as a chart and as a table, and a form to add one. */
@Controller
@RequestMapping("/my/cities/{slug}/plan/indicators/{id}")
class IndicatorController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final IndicatorService indicators;

	private final MessageSource messages;

	IndicatorController(IndicatorService indicators, MessageSource messages) {
		this.indicators = indicators;
		this.messages = messages;
	}

	@GetMapping
	String show(CityWorkspace workspace, @PathVariable String id, Model model) {
		model.addAttribute("form", MeasurementForm.EMPTY);
		return view(workspace, id, model);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/measurements")
	String add(CityWorkspace workspace, @PathVariable String id, @ModelAttribute("form") MeasurementForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		indicators.get(workspace.cityId(), id);
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				indicators.record(workspace.cityId(), id, List.of(form.toMeasurement()));
				redirect.addFlashAttribute("flash",
						messages.getMessage("plan.indicators.measured", null, LocaleContextHolder.getLocale()));
				return "redirect:" + PlanWeb.base(workspace) + "/indicators/" + id;
			}
			catch (InvalidPlanContent ex) {
				PlanWeb.reject(errors, ex);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return view(workspace, id, model);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/measurements/remove")
	String removeMeasurement(CityWorkspace workspace, @PathVariable String id, @RequestParam String measurementId,
			RedirectAttributes redirect) {
		indicators.removeMeasurement(workspace.cityId(), id, measurementId);
		return "redirect:" + PlanWeb.base(workspace) + "/indicators/" + id;
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/remove")
	String remove(CityWorkspace workspace, @PathVariable String id, RedirectAttributes redirect) {
		indicators.remove(workspace.cityId(), id);
		redirect.addFlashAttribute("flash",
				messages.getMessage("plan.indicators.removed", null, LocaleContextHolder.getLocale()));
		return "redirect:" + PlanWeb.base(workspace) + "/indicators";
	}

	private String view(CityWorkspace workspace, String id, Model model) {
		Indicator indicator = indicators.get(workspace.cityId(), id);
		model.addAttribute("workspace", workspace);
		model.addAttribute("base", PlanWeb.base(workspace));
		model.addAttribute("canEdit", workspace.canEditPlan());
		model.addAttribute("indicator", indicator);
		model.addAttribute("chart", chart(indicator));
		return "plan/indicator";
	}

	/**
	 * The series for Chart.js as JSON (dates, values, and the baseline and target as reference values), for a
	 * {@code data-chart} attribute: attribute escaping keeps any name or unit (even {@code <!--<script>}) data,
	 * where an inline script element would let it swallow the rest of the page.
	 */
	static String chart(Indicator indicator) {
		var definition = indicator.getDefinition();
		List<Measurement> measurements = indicator.getMeasurements();
		Map<String, Object> chart = new java.util.LinkedHashMap<>();
		chart.put("labels", measurements.stream().map(m -> m.date().toString()).toList());
		chart.put("values", measurements.stream().map(Measurement::value).toList());
		chart.put("name", definition.name() + " (" + definition.unit() + ")");
		if (definition.baselineValue() != null) {
			chart.put("baseline", definition.baselineValue());
		}
		if (definition.targetValue() != null) {
			chart.put("target", definition.targetValue());
		}
		return JSON.writeValueAsString(chart);
	}

}
