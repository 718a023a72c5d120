package org.inclusivecities.platform.accreditation.reviewer;

import java.util.Locale;
import java.util.Map;

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

/**
 * A reviewer writes in the request's discussion with the other reviewers and the secretariat, once their own
 * review is in and until the decision. No seat: 404; too early or too late: 409; an empty message: a field error.
 */
@Controller
class ReviewDiscussionController {

	private final Discussions discussions;

	private final ReviewPage page;

	private final MessageSource messages;

	ReviewDiscussionController(Discussions discussions, ReviewPage page, MessageSource messages) {
		this.discussions = discussions;
		this.page = page;
		this.messages = messages;
	}

	@PostMapping("/my/reviews/{requestId}/discussion")
	String post(@AuthenticationPrincipal PlatformPrincipal me, @PathVariable String requestId,
			@RequestParam(required = false) String text, Model model, RedirectAttributes redirect, Locale locale) {
		try {
			discussions.post(me.personId(), requestId, text);
		}
		catch (InvalidInput invalid) {
			model.addAttribute("discussionText", text);
			return page.show(me.personId(), requestId, ScorecardForm.empty(), null,
					Map.of("discussion-text", "review." + invalid.problems().getFirst()), model, locale);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("review.discussion.sent", null, locale));
		return "redirect:/my/reviews/" + requestId + "#discussion";
	}

}
