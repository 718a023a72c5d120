package org.inclusivecities.platform.accreditation.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.request.AccreditationService;
import org.inclusivecities.platform.request.RequestErrors.AppealNotAllowed;
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
 * A city admin appeals a decided request, once, with a reason: the request goes back to the secretariat for a
 * re-review by new reviewers. Members without the admin role and other cities get 404; a request that is not
 * decided, or already appealed, gets 409 and nothing changes (see {@link AppealErrorPages}).
 */
@Controller
@RequestMapping("/my/cities/{slug}/accreditation/requests/{requestId}/appeal")
class AppealController {

	private final AccreditationService accreditation;

	private final Reviews reviews;

	private final MessageSource messages;

	AppealController(AccreditationService accreditation, Reviews reviews, MessageSource messages) {
		this.accreditation = accreditation;
		this.reviews = reviews;
		this.messages = messages;
	}

	@RequiresRole(Role.CITY_ADMIN)
	@GetMapping
	String form(CityWorkspace workspace, @PathVariable String requestId, Model model) {
		model.addAttribute("form", AppealForm.empty());
		return show(workspace, appealable(workspace, requestId), model);
	}

	@RequiresRole(Role.CITY_ADMIN)
	@PostMapping
	String appeal(CityWorkspace workspace, @PathVariable String requestId, @ModelAttribute("form") AppealForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		CityView request = appealable(workspace, requestId);
		String reason = form.reason() == null ? "" : form.reason().strip();
		if (reason.isEmpty()) {
			errors.rejectValue("reason", "review.appeal.error.required");
		}
		else if (reason.length() > AccreditationService.MAX_APPEAL_REASON) {
			errors.rejectValue("reason", "review.appeal.error.tooLong",
					new Object[] { AccreditationService.MAX_APPEAL_REASON }, null);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(workspace, request, model);
		}
		accreditation.appeal(workspace.cityId(), requestId, workspace.person().getId(), reason);
		redirect.addFlashAttribute("flash", messages.getMessage("review.appeal.sent", null, locale));
		return "redirect:/my/cities/" + workspace.slug() + "/accreditation";
	}

	/** The city's own request (404 otherwise), refused with 409 unless it is decided and not yet appealed. */
	private CityView appealable(CityWorkspace workspace, String requestId) {
		CityView request = reviews.cityView(workspace.cityId(), requestId);
		if (!request.appealable()) {
			throw new AppealNotAllowed(request.appealed() ? "review.appeal.conflict.used"
					: "review.appeal.conflict.undecided");
		}
		return request;
	}

	private static String show(CityWorkspace workspace, CityView request, Model model) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("request", request);
		return "accreditation/appeal";
	}

}
