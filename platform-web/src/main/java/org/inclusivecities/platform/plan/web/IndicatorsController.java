package org.inclusivecities.platform.plan.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.plan.monitoring.MeasurementCsv;
import org.inclusivecities.platform.plan.monitoring.MeasurementImportRejected;
import org.inclusivecities.platform.plan.monitoring.RowError;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.PlanReadiness;
import org.inclusivecities.platform.plan.web.MonitoringForms.IndicatorForm;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The city's indicators: define them, and import measurements from CSV (all rows or none). */
@Controller
@RequestMapping("/my/cities/{slug}/plan/indicators")
class IndicatorsController {

	private final IndicatorService indicators;

	private final MeasurementCsv csv;

	private final ActionPlanService plans;

	private final PlanReadiness readiness;

	private final MessageSource messages;

	IndicatorsController(IndicatorService indicators, MeasurementCsv csv, ActionPlanService plans,
			PlanReadiness readiness, MessageSource messages) {
		this.indicators = indicators;
		this.csv = csv;
		this.plans = plans;
		this.readiness = readiness;
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

	@GetMapping(value = "/template.csv", produces = "text/csv")
	ResponseEntity<String> template(CityWorkspace workspace) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"measurements-template.csv\"")
			.body(csv.template(workspace.cityId()));
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/import")
	String importCsv(CityWorkspace workspace, @RequestParam(required = false) MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new MeasurementImportRejected(
						java.util.List.of(new RowError(0, null, "monitoring.import.noFile", java.util.List.of())));
			}
			int count = csv.importFrom(workspace.cityId(), new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8));
			redirect.addFlashAttribute("flash", message("plan.indicators.imported", count));
			return "redirect:" + PlanWeb.base(workspace) + "/indicators";
		}
		catch (MeasurementImportRejected rejected) {
			model.addAttribute("form", IndicatorForm.EMPTY);
			model.addAttribute("importErrors", rejected.errors());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return view(workspace, model);
		}
	}

	private String view(CityWorkspace workspace, Model model) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("base", PlanWeb.base(workspace));
		model.addAttribute("canEdit", workspace.canEditPlan());
		model.addAttribute("options", PlanOptions.ALL);
		model.addAttribute("indicators", indicators.list(workspace.cityId()));
		model.addAttribute("activities", plans.draft(workspace.cityId()).activities().content().activities());
		model.addAttribute("readiness", readiness.assess(workspace.cityId()));
		return "plan/indicators";
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
