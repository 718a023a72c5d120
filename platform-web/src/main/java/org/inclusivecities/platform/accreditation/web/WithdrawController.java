package org.inclusivecities.platform.accreditation.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.request.AccreditationService;
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
 * A city admin withdraws the city's open request, saying why. Members without the admin role and other cities get
 * 404; a request that is no longer open gets 409 and nothing changes (see {@link AppealErrorPages}).
 */
@Controller
@RequestMapping("/my/cities/{slug}/accreditation/requests/{requestId}/withdraw")
class WithdrawController {

	private final AccreditationService accreditation;

	private final Reviews reviews;

	private final MessageSource messages;

	WithdrawController(AccreditationService accreditation, Reviews reviews, MessageSource messages) {
		this.accreditation = accreditation;
		this.reviews = reviews;
		this.messages = messages;
	}

	@RequiresRole(Role.CITY_ADMIN)
	@GetMapping
	String form(CityWorkspace workspace, @PathVariable String requestId, Model model) {
		model.addAttribute("form", AppealForm.empty());
		return show(workspace, reviews.cityView(workspace.cityId(), requestId), model);
	}

	@RequiresRole(Role.CITY_ADMIN)
	@PostMapping
	String withdraw(CityWorkspace workspace, @PathVariable String requestId, @ModelAttribute("form") AppealForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		CityView request = reviews.cityView(workspace.cityId(), requestId);
		try {
			accreditation.withdraw(workspace.cityId(), requestId, workspace.person().getId(), form.reason());
		}
		catch (InvalidInput invalid) {
			errors.rejectValue("reason", invalid.problems().getFirst());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(workspace, request, model);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("review.withdraw.done", null, locale));
		return "redirect:/my/cities/" + workspace.slug() + "/accreditation";
	}

	private static String show(CityWorkspace workspace, CityView request, Model model) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("request", request);
		return "accreditation/withdraw";
	}

}
