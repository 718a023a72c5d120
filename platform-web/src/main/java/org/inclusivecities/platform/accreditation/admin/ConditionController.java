package org.inclusivecities.platform.accreditation.admin;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.Conditions;
import org.inclusivecities.platform.request.RequestErrors.ConditionNotFound;
import org.inclusivecities.platform.request.RequestErrors.InvalidInput;
import org.inclusivecities.platform.request.RequestErrors.RequestNotFound;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat marks a condition of a decided request met, with a note: a missing note is a field error on the
 * request page (nothing saved); an unknown condition 404; a condition already met, or a request not decided, 409.
 */
@Controller
class ConditionController {

	private final RequestPage page;

	private final RequestsInReview requests;

	private final Conditions conditions;

	private final MessageSource messages;

	ConditionController(RequestPage page, RequestsInReview requests, Conditions conditions, MessageSource messages) {
		this.page = page;
		this.requests = requests;
		this.conditions = conditions;
		this.messages = messages;
	}

	@PostMapping("/admin/accreditation/{requestId}/conditions/{conditionId}/met")
	String markMet(@PathVariable String requestId, @PathVariable String conditionId,
			@RequestParam(required = false) String note, @AuthenticationPrincipal PlatformPrincipal principal,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		AccreditationRequest request = requests.byId(requestId).orElseThrow(() -> new RequestNotFound(requestId));
		if (request.getStatus() != RequestStatus.DECIDED || request.getDecision() == null) {
			throw new NotNow(request.getStatus(), "condition");
		}
		request.getDecision().condition(conditionId).orElseThrow(() -> new ConditionNotFound(conditionId));
		String field = "note-" + conditionId;
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			conditions.markMet(principal.personId(), requestId, conditionId, note);
		}
		catch (InvalidInput invalid) {
			errors.put(field, messages.getMessage("reviewAdmin." + invalid.problems().getFirst(), null, locale));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", errors);
			model.addAttribute("conditionNotes", Map.of(conditionId, note == null ? "" : note));
			return page.show(principal.personId(), requestId, model, locale);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("reviewAdmin.condition.done", null, locale));
		return "redirect:/admin/accreditation/" + requestId + "#conditions";
	}

}
