package org.inclusivecities.platform.admin.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.Slugs;
import org.inclusivecities.platform.join.ApplicationDecisions;
import org.inclusivecities.platform.join.LikelyDuplicate;
import org.inclusivecities.platform.join.LikelyDuplicates;
import org.inclusivecities.platform.join.CityApplication;
import org.inclusivecities.platform.join.NetworkApplications;
import org.inclusivecities.platform.layout.FormErrors;
import org.inclusivecities.platform.layout.SiteUrl;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's applications to join: pending ones, their details and the decision on each. */
@Controller
class AdminController {

	private final NetworkApplications applications;

	private final ApplicationDecisions decisions;

	private final People people;

	private final SiteUrl siteUrl;

	private final MessageSource messages;

	private final LikelyDuplicates duplicates;

	AdminController(NetworkApplications applications, ApplicationDecisions decisions, People people,
			SiteUrl siteUrl, MessageSource messages, LikelyDuplicates duplicates) {
		this.duplicates = duplicates;
		this.applications = applications;
		this.decisions = decisions;
		this.people = people;
		this.siteUrl = siteUrl;
		this.messages = messages;
	}

	@GetMapping("/admin/applications")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("pending", applications.pending().stream().map(this::row).toList());
		var decided = applications.decided(PageRequest.of(Math.max(0, page), 20));
		model.addAttribute("decided", decided.map(this::row));
		return "admin/applications";
	}

	@GetMapping("/admin/applications/{id}")
	String detail(@PathVariable String id, Model model) {
		CityApplication application = applications.get(id);
		City city = applications.cityOf(application);
		model.addAttribute("cityApplication", application);
		model.addAttribute("city", city);
		if (application.isPending()) {
			model.addAttribute("duplicates", duplicates.of(application, city));
			model.addAttribute("slugFromName", Slugs.slugify(city.getName()));
		}
		model.addAttribute("decidedBy",
				application.getDecidedBy() == null ? null
						: people.findById(application.getDecidedBy()).map(Person::getDisplayName).orElse(null));
		if (!model.containsAttribute("rejectForm")) {
			model.addAttribute("rejectForm", new RejectForm(null));
		}
		return "admin/application";
	}

	@PostMapping("/admin/applications/{id}/approve")
	String approve(@PathVariable String id, @RequestParam(defaultValue = "false") boolean confirmDuplicate,
			@AuthenticationPrincipal PlatformPrincipal principal, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		CityApplication pending = applications.get(id);
		if (!confirmDuplicate && pending.isPending()
				&& !duplicates.of(pending, applications.cityOf(pending)).isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", Map.of("confirmDuplicate",
					messages.getMessage("admin.duplicate.confirm.error", null, locale)));
			return detail(id, model);
		}
		CityApplication application = decisions.approve(id, principal.personId(), siteUrl.current(),
				confirmDuplicate);
		redirect.addFlashAttribute("flash", messages.getMessage("admin.approved",
				new Object[] { applications.cityOf(application).getName() }, locale));
		return "redirect:/admin/applications/" + id;
	}

	@PostMapping("/admin/applications/{id}/reject")
	String reject(@PathVariable String id, @Valid @ModelAttribute("rejectForm") RejectForm form, BindingResult result,
			@AuthenticationPrincipal PlatformPrincipal principal, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			applications.get(id);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", FormErrors.of(result, messages, locale));
			return detail(id, model);
		}
		CityApplication application = decisions.reject(id, principal.personId(), form.reason());
		redirect.addFlashAttribute("flash", messages.getMessage("admin.rejected",
				new Object[] { applications.cityOf(application).getName() }, locale));
		return "redirect:/admin/applications/" + id;
	}

	private ApplicationRow row(CityApplication application) {
		City city = applications.cityOf(application);
		return new ApplicationRow(application, city,
				application.isPending() ? duplicates.of(application, city) : List.of());
	}

	/** An application with its city and, while pending, the cities it resembles, for the lists. */
	record ApplicationRow(CityApplication application, City city, List<LikelyDuplicate> duplicates) {
	}

}
