package org.inclusivecities.platform.admin.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.inclusivecities.platform.join.ApplicationDecisions;
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

	AdminController(NetworkApplications applications, ApplicationDecisions decisions, People people,
			SiteUrl siteUrl, MessageSource messages) {
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
		model.addAttribute("cityApplication", application);
		model.addAttribute("city", applications.cityOf(application));
		model.addAttribute("decidedBy",
				application.getDecidedBy() == null ? null
						: people.findById(application.getDecidedBy()).map(Person::getDisplayName).orElse(null));
		if (!model.containsAttribute("rejectForm")) {
			model.addAttribute("rejectForm", new RejectForm(null));
		}
		return "admin/application";
	}

	@PostMapping("/admin/applications/{id}/approve")
	String approve(@PathVariable String id, @AuthenticationPrincipal PlatformPrincipal principal, Locale locale,
			RedirectAttributes redirect) {
		CityApplication application = decisions.approve(id, principal.personId(), siteUrl.current());
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
		return new ApplicationRow(application, applications.cityOf(application));
	}

	/** An application with its city, for the lists. */
	record ApplicationRow(CityApplication application, org.inclusivecities.platform.city.City city) {
	}

}
