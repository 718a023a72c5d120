package org.inclusivecities.platform.accreditation.admin;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.request.Discussions;
import org.inclusivecities.platform.request.RequestErrors.InvalidInput;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat writes in a request's discussion with its reviewers, until the decision (then 409). */
@Controller
class DiscussionController {

	private final Discussions discussions;

	private final RequestPage page;

	private final MessageSource messages;

	DiscussionController(Discussions discussions, RequestPage page, MessageSource messages) {
		this.discussions = discussions;
		this.page = page;
		this.messages = messages;
	}

	@PostMapping("/admin/accreditation/{requestId}/discussion")
	String post(@PathVariable String requestId, @RequestParam(required = false) String text,
			@AuthenticationPrincipal PlatformPrincipal principal, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			discussions.post(principal.personId(), requestId, text);
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", Map.of("discussion-text", messages.getMessage(
					"review." + invalid.problems().getFirst(), null, locale)));
			model.addAttribute("discussionText", text);
			return page.show(principal.personId(), requestId, model, locale);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("review.discussion.sent", null, locale));
		return "redirect:/admin/accreditation/" + requestId + "#discussion";
	}

}
