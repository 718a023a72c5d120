package org.inclusivecities.platform.accreditation.admin;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.request.AccreditationRequest;
import org.inclusivecities.platform.request.RequestErrors.RequestNotFound;
import org.inclusivecities.platform.request.RequestErrors.SwapRefused;
import org.inclusivecities.platform.request.RequestStatus;
import org.inclusivecities.platform.request.RequestsInReview;
import org.inclusivecities.platform.request.ReviewRouting;
import org.inclusivecities.platform.request.SeatStatus;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One request as the secretariat sees it, and the routing steps on it: swap a proposed reviewer (a refused
 * swap names the hard rule and changes nothing), confirm the proposal (invitations go out).
 */
@Controller
class RequestDetailController {

	private final RequestPage page;

	private final RequestsInReview requests;

	private final ReviewRouting routing;

	private final Wording wording;

	private final MessageSource messages;

	RequestDetailController(RequestPage page, RequestsInReview requests, ReviewRouting routing, Wording wording,
			MessageSource messages) {
		this.page = page;
		this.requests = requests;
		this.routing = routing;
		this.wording = wording;
		this.messages = messages;
	}

	@GetMapping("/admin/accreditation/{requestId}")
	String detail(@PathVariable String requestId, @AuthenticationPrincipal PlatformPrincipal principal, Model model,
			Locale locale) {
		return page.show(principal.personId(), requestId, model, locale);
	}

	@PostMapping("/admin/accreditation/{requestId}/swap")
	String swap(@PathVariable String requestId, @ModelAttribute SwapForm form,
			@AuthenticationPrincipal PlatformPrincipal principal, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		AccreditationRequest request = existing(requestId);
		if (request.getStatus() != RequestStatus.PROPOSED) {
			throw new NotNow(request.getStatus(), "swap");
		}
		String field = "incoming-" + (form.outgoing() == null ? "" : form.outgoing());
		Map<String, String> errors = new LinkedHashMap<>();
		if (form.incoming() == null || form.incoming().isBlank()) {
			errors.put(field, messages.getMessage("reviewAdmin.swap.error.choose", null, locale));
		}
		else {
			try {
				routing.swap(principal.personId(), requestId, form.outgoing(), form.incoming());
			}
			catch (SwapRefused refused) {
				errors.put(field, messages.getMessage("reviewAdmin.swap.error.refused",
						new Object[] { wording.rule(refused.ruleId(), locale) }, locale));
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", errors);
			model.addAttribute("swapForm", form);
			return page.show(principal.personId(), requestId, model, locale);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("reviewAdmin.swap.done", null, locale));
		return "redirect:/admin/accreditation/" + requestId;
	}

	@PostMapping("/admin/accreditation/{requestId}/confirm")
	String confirm(@PathVariable String requestId, @AuthenticationPrincipal PlatformPrincipal principal,
			Locale locale, RedirectAttributes redirect) {
		AccreditationRequest request = existing(requestId);
		if (request.getStatus() != RequestStatus.PROPOSED) {
			throw new NotNow(request.getStatus(), "confirm");
		}
		AccreditationRequest confirmed = routing.confirm(principal.personId(), requestId);
		long invited = confirmed.currentSeats().stream().filter(s -> s.status() == SeatStatus.INVITED).count();
		redirect.addFlashAttribute("flash",
				messages.getMessage("reviewAdmin.confirm.done", new Object[] { invited }, locale));
		return "redirect:/admin/accreditation/" + requestId;
	}

	private AccreditationRequest existing(String requestId) {
		return requests.byId(requestId).orElseThrow(() -> new RequestNotFound(requestId));
	}

}
