package org.inclusivecities.platform.plan.web;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityNotFound;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.layout.SpreadsheetText;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.monitoring.MonitoringReport;
import org.inclusivecities.platform.plan.monitoring.MonitoringReportService;
import org.inclusivecities.platform.plan.monitoring.ReportOverview;
import org.inclusivecities.platform.plan.web.MonitoringForms.ReviewForm;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's side of the reporting cycle: one year's reports across the network (due, overdue, submitted,
 * returned, accepted; filtered, counted and exported as CSV), and per submitted report the review with feedback.
 */
@Controller
class ReportsAdminController {

	private final ReportOverview overview;

	private final MonitoringReportService reports;

	private final Cities cities;

	private final MessageSource messages;

	ReportsAdminController(ReportOverview overview, MonitoringReportService reports, Cities cities,
			MessageSource messages) {
		this.overview = overview;
		this.reports = reports;
		this.cities = cities;
		this.messages = messages;
	}

	@GetMapping("/admin/reports")
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String state,
			Model model) {
		int chosen = year(year);
		ReportOverview.Year found = overview.of(chosen);
		ReportOverview.State only = null;
		for (ReportOverview.State s : ReportOverview.State.values()) {
			if (s.name().equals(state)) {
				only = s;
			}
		}
		model.addAttribute("overview", found);
		model.addAttribute("lines", found.only(only));
		model.addAttribute("years", overview.years());
		model.addAttribute("year", chosen);
		model.addAttribute("states", ReportOverview.State.values());
		model.addAttribute("state", only == null ? "" : only.name());
		return "plan/admin-reports";
	}

	@GetMapping("/admin/reports.csv")
	ResponseEntity<String> csv(@RequestParam(required = false) Integer year) throws IOException {
		int chosen = year(year);
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
			.setHeader("city", "country", "year", "state", "due_by", "submitted_at", "reviewed_at", "accepted")
			.get())) {
			for (ReportOverview.Line line : overview.of(chosen).lines()) {
				printer.printRecord(SpreadsheetText.cell(line.cityName()), line.country(), chosen, line.state(),
						line.dueBy(), line.submittedAt() == null ? "" : line.submittedAt(),
						line.latestReview() == null ? "" : line.latestReview().at(),
						line.latestReview() == null ? "" : line.latestReview().accepted());
			}
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("reports-" + chosen + ".csv").build().toString())
			.body(out.toString());
	}

	@GetMapping("/admin/reports/{slug}/{year}")
	String show(@PathVariable String slug, @PathVariable int year, Model model) {
		if (!model.containsAttribute("reviewForm")) {
			model.addAttribute("reviewForm", ReviewForm.EMPTY);
		}
		return view(city(slug), year, model);
	}

	@PostMapping("/admin/reports/{slug}/{year}/review")
	String review(@PathVariable String slug, @PathVariable int year, @RequestParam long version,
			@ModelAttribute("reviewForm") ReviewForm form, BindingResult errors,
			@AuthenticationPrincipal PlatformPrincipal principal, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		City city = city(slug);
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				reports.review(city.getId(), year, version, form.accepted(), form.feedback(), principal.displayName());
				redirect.addFlashAttribute("flash", messages.getMessage(
						form.accepted() ? "monitoring.admin.accepted" : "monitoring.admin.returned",
						new Object[] { city.getName(), String.valueOf(year) }, locale));
				return "redirect:/admin/reports?year=" + year;
			}
			catch (InvalidPlanContent ex) {
				PlanWeb.reject(errors, ex);
			}
			catch (OptimisticLockingFailureException ex) {
				model.addAttribute("stale", true);
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				return view(city, year, model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return view(city, year, model);
	}

	private String view(City city, int year, Model model) {
		MonitoringReport report = reports.report(city.getId(), year);
		model.addAttribute("city", city);
		model.addAttribute("report", report);
		model.addAttribute("prefill", reports.prefill(city.getId(), year));
		return "plan/admin-report";
	}

	private City city(String slug) {
		return cities.findBySlug(slug)
			.filter(c -> CityStatus.LISTED.contains(c.getStatus()))
			.orElseThrow(() -> new CityNotFound(slug));
	}

	private int year(Integer year) {
		int last = overview.years().get(1);
		return year == null || !overview.years().contains(year) ? last : year;
	}

}
