package org.inclusivecities.platform.accreditation.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.request.Conditions;
import org.inclusivecities.platform.request.Decision;
import org.inclusivecities.platform.request.RequestErrors.ConditionAlreadyMet;
import org.inclusivecities.platform.request.RequestErrors.ConditionNotFound;
import org.inclusivecities.platform.request.RequestErrors.InvalidInput;
import org.inclusivecities.platform.request.ReviewViews.CityView;
import org.inclusivecities.platform.request.Reviews;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A city admin reports a condition of the city's accreditation done, with its evidence, for the secretariat to
 * confirm. Members without the admin role and other cities get 404, an unknown condition 404, a condition already
 * met or a request not decided 409; missing evidence is a field error and nothing changes.
 */
@Controller
@RequestMapping("/my/cities/{slug}/accreditation/requests/{requestId}/conditions/{conditionId}/done")
class ConditionReportController {

	private final Conditions conditions;

	private final Reviews reviews;

	private final MessageSource messages;

	ConditionReportController(Conditions conditions, Reviews reviews, MessageSource messages) {
		this.conditions = conditions;
		this.reviews = reviews;
		this.messages = messages;
	}

	/** What the city says was done, and where to see it. */
	record ReportForm(String evidence) {
	}

	@RequiresRole(Role.CITY_ADMIN)
	@GetMapping
	String form(CityWorkspace workspace, @PathVariable String requestId, @PathVariable String conditionId,
			Model model) {
		Decision.Condition condition = open(workspace, requestId, conditionId);
		model.addAttribute("form", new ReportForm(condition.reportNote() == null ? "" : condition.reportNote()));
		return show(workspace, requestId, condition, model);
	}

	@RequiresRole(Role.CITY_ADMIN)
	@PostMapping
	String report(CityWorkspace workspace, @PathVariable String requestId, @PathVariable String conditionId,
			@ModelAttribute("form") ReportForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		Decision.Condition condition = open(workspace, requestId, conditionId);
		try {
			conditions.report(workspace.cityId(), requestId, workspace.person().getId(), conditionId, form.evidence());
		}
		catch (InvalidInput invalid) {
			errors.rejectValue("evidence", "review." + invalid.problems().getFirst());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(workspace, requestId, condition, model);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("review.condition.reported", null, locale));
		return "redirect:/my/cities/" + workspace.slug() + "/accreditation";
	}

	/** The condition of the city's own decided request (404 otherwise), refused with 409 once met. */
	private Decision.Condition open(CityWorkspace workspace, String requestId, String conditionId) {
		CityView request = reviews.cityView(workspace.cityId(), requestId);
		Decision.Condition condition = request.decision() == null ? null
				: request.decision().condition(conditionId).orElse(null);
		if (condition == null) {
			throw new ConditionNotFound(conditionId);
		}
		if (condition.met()) {
			throw new ConditionAlreadyMet(conditionId);
		}
		return condition;
	}

	private static String show(CityWorkspace workspace, String requestId, Decision.Condition condition, Model model) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("requestId", requestId);
		model.addAttribute("condition", condition);
		return "accreditation/condition-report";
	}

}
