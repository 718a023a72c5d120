package org.inclusivecities.platform.accreditation.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.Decisions;
import org.inclusivecities.platform.request.RequestErrors.InvalidInput;
import org.inclusivecities.platform.request.RequestErrors.RequestNotFound;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's decision on a reviewed request: field errors for bad input (nothing saved), 409 when the
 * request is not waiting for a decision (e.g. deciding twice), otherwise the decision and its certificate.
 */
@Controller
class DecisionController {

	private final RequestPage page;

	private final RequestsInReview requests;

	private final Decisions decisions;

	private final MessageSource messages;

	private final Clock clock;

	DecisionController(RequestPage page, RequestsInReview requests, Decisions decisions, MessageSource messages,
			Clock clock) {
		this.page = page;
		this.requests = requests;
		this.decisions = decisions;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping("/admin/accreditation/{requestId}/decision")
	String decide(@PathVariable String requestId, @ModelAttribute("decisionForm") DecisionForm form,
			@AuthenticationPrincipal PlatformPrincipal principal, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		AccreditationRequest request = requests.byId(requestId).orElseThrow(() -> new RequestNotFound(requestId));
		if (request.getStatus() != RequestStatus.REVIEWED) {
			throw new NotNow(request.getStatus(), "decide");
		}
		Map<String, String> errors = new LinkedHashMap<>();
		form.problems(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
			.forEach((field, key) -> errors.put(field, messages.getMessage(key, null, locale)));
		if (errors.isEmpty()) {
			try {
				AccreditationRequest decided = decisions.decide(principal.personId(), requestId, form.parsedOutcome(),
						form.reasons(), form.conditions(), form.improvements());
				redirect.addFlashAttribute("flash", messages.getMessage("reviewAdmin.decision.done."
						+ decided.getDecision().outcome().name(), null, locale));
				return "redirect:/admin/accreditation/" + requestId;
			}
			catch (InvalidInput invalid) {
				// the service's own checks agree with the form's; should they ever differ, show them, save nothing
				errors.put("reasons", messages.getMessage("reviewAdmin.decision.error.service", null, locale));
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("errors", errors);
		return page.show(principal.personId(), requestId, model, locale);
	}

}
