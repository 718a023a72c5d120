package org.inclusivecities.platform.accreditation.admin;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.request.RequestErrors.InvalidInput;
import org.inclusivecities.platform.request.Revocations;
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
 * The secretariat revokes a city's certificate with a reason (and, if it wants, one the public sees): a missing
 * reason is a field error on the request page (nothing saved); a request without a standing accreditation, or one
 * revoked already, 409; an unknown request 404. The city's admins are mailed; the certificate stays verifiable.
 */
@Controller
class RevocationController {

	private final RequestPage page;

	private final Revocations revocations;

	private final MessageSource messages;

	RevocationController(RequestPage page, Revocations revocations, MessageSource messages) {
		this.page = page;
		this.revocations = revocations;
		this.messages = messages;
	}

	@PostMapping("/admin/accreditation/{requestId}/revoke")
	String revoke(@PathVariable String requestId, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String publicReason, @AuthenticationPrincipal PlatformPrincipal principal,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			revocations.revoke(principal.personId(), requestId, reason, publicReason);
		}
		catch (InvalidInput invalid) {
			String problem = invalid.problems().getFirst();
			String field = problem.startsWith("revoke.publicReason") ? "revoke-public" : "revoke-reason";
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", Map.of(field, messages.getMessage("reviewAdmin." + problem, null, locale)));
			model.addAttribute("revokeReason", reason);
			model.addAttribute("revokePublicReason", publicReason);
			return page.show(principal.personId(), requestId, model, locale);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("reviewAdmin.revoke.flash", null, locale));
		return "redirect:/admin/accreditation/" + requestId + "#revocation";
	}

}
