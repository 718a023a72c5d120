package org.inclusivecities.platform.accreditation.reviewer;

import java.util.Locale;
import java.util.Map;

import org.inclusivecities.platform.refusal.Conflict;
import org.inclusivecities.platform.request.Reviews;
import org.inclusivecities.platform.request.SeatStatus;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A reviewer's unfinished and changed scorecards: save a draft while the review is under way (only too long text
 * is refused; nobody else sees it), and change the submitted review until the decision (checked like a
 * submission). Not the reviewer's seat: 404; a seat or request past that step: 409; nothing saved on errors.
 */
@Controller
@RequestMapping("/my/reviews/{requestId}")
class ReviewDraftController {

	private final ReviewerDesk desk;

	private final ReviewPage page;

	private final Reviews reviews;

	private final MessageSource messages;

	ReviewDraftController(ReviewerDesk desk, ReviewPage page, Reviews reviews, MessageSource messages) {
		this.desk = desk;
		this.page = page;
		this.reviews = reviews;
		this.messages = messages;
	}

	@PostMapping("/draft")
	String draft(@AuthenticationPrincipal PlatformPrincipal me, @PathVariable String requestId,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect, Locale locale) {
		ReviewerDesk.Desk shown = desk.desk(me.personId(), requestId);
		if (!shown.open() || shown.status() != SeatStatus.ACCEPTED) {
			throw new NotNow("reviewer.conflict.draft");
		}
		ScorecardForm form = ScorecardForm.from(params);
		Map<String, String> problems = form.draftProblems();
		if (!problems.isEmpty()) {
			return page.show(me.personId(), requestId, form, null, problems, model, locale);
		}
		reviews.saveDraft(me.personId(), requestId, form.draftScores(), form.recommendationValue(), form.summary());
		redirect.addFlashAttribute("flash", messages.getMessage("reviewer.draft.saved", null, locale));
		return "redirect:/my/reviews/" + requestId;
	}

	@PostMapping("/revision")
	String revise(@AuthenticationPrincipal PlatformPrincipal me, @PathVariable String requestId,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect, Locale locale) {
		ReviewerDesk.Desk shown = desk.desk(me.personId(), requestId);
		if (shown.view() == null || !shown.view().revisable()) {
			throw new NotNow("reviewer.conflict.revision");
		}
		ScorecardForm form = ScorecardForm.from(params);
		Map<String, String> problems = form.problems();
		if (!problems.isEmpty()) {
			return page.show(me.personId(), requestId, form, null, problems, model, locale);
		}
		reviews.revise(me.personId(), requestId, form.criterionScores(), form.recommendationValue(), form.summary());
		redirect.addFlashAttribute("flash", messages.getMessage("reviewer.revised", null, locale));
		return "redirect:/my/reviews/" + requestId;
	}

	/** The seat or the request is past this step (not accepted, submitted, decided): 409. */
	static class NotNow extends Conflict {

		NotNow(String reasonKey) {
			super("Scorecard step closed: " + reasonKey, reasonKey);
		}

		@Override
		public String titleKey() {
			return "reviewer.conflict.title";
		}

	}

}
