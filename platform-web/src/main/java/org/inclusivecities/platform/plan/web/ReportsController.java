package org.inclusivecities.platform.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.plan.monitoring.IndicatorService;
import org.inclusivecities.platform.plan.monitoring.MonitoringReport;
import org.inclusivecities.platform.plan.monitoring.MonitoringReportService;
import org.inclusivecities.platform.plan.monitoring.MonitoringReports;
import org.inclusivecities.platform.plan.monitoring.MonitoringStatus;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.monitoring.PlannedActivityNotFound;
import org.inclusivecities.platform.plan.monitoring.ReportPrefill;
import org.inclusivecities.platform.plan.web.MonitoringForms.HeldForm;
import org.inclusivecities.platform.plan.web.MonitoringForms.MarkForm;
import org.inclusivecities.platform.plan.web.MonitoringForms.ReflectionForm;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Yearly monitoring reports, pre-filled from the plan: each planned activity of the year marked held or not held,
 * other activities held, the indicators' progress, the communication, reflection and next steps; a preview and a PDF;
 * submit, the secretariat's feedback, and the city admin's choice to show the report on the public profile.
 */
@Controller
@RequestMapping("/my/cities/{slug}/plan/reports")
class ReportsController {

	private final MonitoringReportService service;

	private final MonitoringReports reports;

	private final MonitoringStatus status;

	private final IndicatorService indicators;

	private final MessageSource messages;

	private final ReportPdf reportPdf;

	private final Clock clock;

	ReportsController(MonitoringReportService service, MonitoringReports reports, MonitoringStatus status,
			IndicatorService indicators, MessageSource messages, ReportPdf reportPdf, Clock clock) {
		this.reportPdf = reportPdf;
		this.service = service;
		this.reports = reports;
		this.status = status;
		this.indicators = indicators;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(CityWorkspace workspace, Model model) {
		int year = LocalDate.now(clock).getYear();
		model.addAttribute("workspace", workspace);
		model.addAttribute("base", PlanWeb.base(workspace));
		model.addAttribute("years", List.of(year, year - 1));
		model.addAttribute("reports", reports.findAllByCityIdOrderByYearDesc(workspace.cityId()));
		model.addAttribute("onHold", status.isOnHold(workspace.cityId()));
		return "plan/reports";
	}

	@GetMapping("/{year}")
	String show(CityWorkspace workspace, @PathVariable int year, Model model) {
		return view(workspace, year, model);
	}

	/** The report as the secretariat will read it. */
	@GetMapping("/{year}/preview")
	String preview(CityWorkspace workspace, @PathVariable int year, Model model) {
		MonitoringReport report = service.report(workspace.cityId(), year);
		model.addAttribute("workspace", workspace);
		model.addAttribute("base", PlanWeb.base(workspace));
		model.addAttribute("report", report);
		model.addAttribute("prefill", service.prefill(workspace.cityId(), year));
		return "plan/report-preview";
	}

	@GetMapping("/{year}/report.pdf")
	ResponseEntity<byte[]> pdf(CityWorkspace workspace, @PathVariable int year) {
		MonitoringReport report = service.report(workspace.cityId(), year);
		byte[] pdf = reportPdf.render(workspace.city(), report, service.prefill(workspace.cityId(), year));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(workspace.slug() + "-report-" + year + ".pdf")
				.build()
				.toString())
			.body(pdf);
	}

	@GetMapping("/{year}/activities/{activityId}")
	String markForm(CityWorkspace workspace, @PathVariable int year, @PathVariable String activityId, Model model) {
		MonitoringReport report = service.report(workspace.cityId(), year);
		if (!model.containsAttribute("markForm")) {
			model.addAttribute("markForm", MarkForm.of(report.outcome(activityId)));
		}
		return markView(workspace, year, activityId, report, model);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/{year}/activities/{activityId}")
	String mark(CityWorkspace workspace, @PathVariable int year, @PathVariable String activityId,
			@RequestParam long version, @ModelAttribute("markForm") MarkForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				service.mark(workspace.cityId(), year, version, activityId, form.isHeld(), form.participantCount(),
						form.notes(), form.reason(), PlanWeb.editor(workspace));
				redirect.addFlashAttribute("flash", messages.getMessage("monitoring.report.marked", null,
						LocaleContextHolder.getLocale()));
				return "redirect:" + PlanWeb.base(workspace) + "/reports/" + year + "#planned";
			}
			catch (InvalidPlanContent ex) {
				PlanWeb.reject(errors, ex);
			}
			catch (OptimisticLockingFailureException ex) {
				model.addAttribute("stale", true);
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				return markView(workspace, year, activityId, service.report(workspace.cityId(), year), model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return markView(workspace, year, activityId, service.report(workspace.cityId(), year), model);
	}

	private String markView(CityWorkspace workspace, int year, String activityId, MonitoringReport report,
			Model model) {
		ReportPrefill prefill = service.prefill(workspace.cityId(), year);
		var activity = prefill.planned(activityId).orElseThrow(() -> new PlannedActivityNotFound(activityId));
		model.addAttribute("workspace", workspace);
		model.addAttribute("base", PlanWeb.base(workspace));
		model.addAttribute("report", report);
		model.addAttribute("activity", activity);
		model.addAttribute("canEdit", workspace.canEditPlan() && report.isEditable());
		model.addAttribute("begun", !activity.startDate().isAfter(LocalDate.now(clock)));
		return "plan/report-mark";
	}

	/** Whether the report shows on the public profile: the city admin's decision, as publishing the plan is. */
	@RequiresRole(Role.CITY_ADMIN)
	@PostMapping("/{year}/profile")
	String showOnProfile(CityWorkspace workspace, @PathVariable int year, @RequestParam long version,
			@RequestParam(required = false) String show, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		BindingResult errors = new BeanPropertyBindingResult(new Object(), "profileForm");
		return change(workspace, year, errors, model, redirect, response, () -> service.showOnProfile(
				workspace.cityId(), year, version, Parse.yes(show), PlanWeb.editor(workspace)));
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/{year}/held")
	String addHeld(CityWorkspace workspace, @PathVariable int year, @RequestParam long version,
			@ModelAttribute("heldForm") HeldForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		form.check(errors);
		return change(workspace, year, errors, model, redirect, response,
				() -> service.add(workspace.cityId(), year, version, form.toHeld(), PlanWeb.editor(workspace)));
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/{year}")
	String write(CityWorkspace workspace, @PathVariable int year, @RequestParam long version,
			@ModelAttribute("reflectionForm") ReflectionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return change(workspace, year, errors, model, redirect, response, () -> service.write(workspace.cityId(), year,
				version, form.reflection(), form.nextSteps(), PlanWeb.editor(workspace)));
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/{year}/submit")
	String submit(CityWorkspace workspace, @PathVariable int year, @RequestParam long version, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		MonitoringReport report = service.report(workspace.cityId(), year);
		ReflectionForm form = new ReflectionForm(report.getReflection(), report.getNextSteps());
		BindingResult errors = new BeanPropertyBindingResult(form, "reflectionForm");
		model.addAttribute("reflectionForm", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "reflectionForm", errors);
		return change(workspace, year, errors, model, redirect, response,
				() -> service.submit(workspace.cityId(), year, version, PlanWeb.editor(workspace)));
	}

	private String change(CityWorkspace workspace, int year, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Supplier<MonitoringReport> change) {
		if (!errors.hasErrors()) {
			try {
				change.get();
				redirect.addFlashAttribute("flash",
						messages.getMessage("monitoring.report.saved", new Object[] { String.valueOf(year) },
								LocaleContextHolder.getLocale()));
				return "redirect:" + PlanWeb.base(workspace) + "/reports/" + year;
			}
			catch (InvalidPlanContent ex) {
				PlanWeb.reject(errors, ex);
			}
			catch (OptimisticLockingFailureException ex) {
				model.addAttribute("stale", true);
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				return view(workspace, year, model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return view(workspace, year, model);
	}

	private String view(CityWorkspace workspace, int year, Model model) {
		MonitoringReport report = service.report(workspace.cityId(), year);
		model.addAttribute("workspace", workspace);
		model.addAttribute("base", PlanWeb.base(workspace));
		model.addAttribute("canEdit", workspace.canEditPlan() && report.isEditable());
		model.addAttribute("canChooseProfile", workspace.has(Role.CITY_ADMIN) && report.isSubmitted());
		model.addAttribute("report", report);
		model.addAttribute("prefill", service.prefill(workspace.cityId(), year));
		model.addAttribute("indicators", indicators.list(workspace.cityId()));
		if (!model.containsAttribute("heldForm")) {
			model.addAttribute("heldForm", HeldForm.EMPTY);
		}
		if (!model.containsAttribute("reflectionForm")) {
			model.addAttribute("reflectionForm", new ReflectionForm(report.getReflection(), report.getNextSteps()));
		}
		return "plan/report";
	}

}
