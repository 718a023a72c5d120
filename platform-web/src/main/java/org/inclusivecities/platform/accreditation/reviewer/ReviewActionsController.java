package org.inclusivecities.platform.accreditation.reviewer;

import org.inclusivecities.platform.refusal.Conflict;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.inclusivecities.platform.request.RequestErrors.AlreadySubmitted;
import org.inclusivecities.platform.request.RequestErrors.InvalidInput;
import org.inclusivecities.platform.request.ReviewInvitations;
import org.inclusivecities.platform.request.Reviews;
import org.inclusivecities.platform.request.SeatStatus;
import org.inclusivecities.platform.scoring.InvalidScorecard;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a reviewer does on a request: accept, decline with a reason, submit the scorecard. The seat is checked
 * first (not yours: 404; no longer open: 409), then the input (field errors, nothing saved), then the service.
 */
@Controller
@RequestMapping("/my/reviews/{requestId}")
class ReviewActionsController {

	static final int MAX_REASON = 1000;

	private final ReviewerDesk desk;

	private final ReviewPage page;

	private final ReviewInvitations invitations;

	private final Reviews reviews;

	private final MessageSource messages;

	ReviewActionsController(ReviewerDesk desk, ReviewPage page, ReviewInvitations invitations, Reviews reviews,
			MessageSource messages) {
		this.desk = desk;
		this.page = page;
		this.invitations = invitations;
		this.reviews = reviews;
		this.messages = messages;
	}

	/** What a reviewer typed when declining. */
	record DeclineForm(String reason) {
	}

	@PostMapping("/accept")
	String accept(@AuthenticationPrincipal PlatformPrincipal me, @PathVariable String requestId,
			@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String reducedMaximum, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		requireSeat(me, requestId, Set.of(SeatStatus.INVITED));
		Integer reduced = null;
		try {
			reduced = reducedMaximum.isBlank() ? null : Integer.valueOf(reducedMaximum.strip());
			invitations.accept(me.personId(), requestId, reduced);
		}
		catch (NumberFormatException | InvalidInput badLoad) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("reducedMaximum", reducedMaximum);
			return page.show(me.personId(), requestId, ScorecardForm.empty(), null,
					Map.of("reducedMaximum", "reviewer.accept.error.reduced"), model, locale);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("reviewer.accepted", null, locale));
		return "redirect:/my/reviews/" + requestId;
	}

	@PostMapping("/decline")
	String decline(@AuthenticationPrincipal PlatformPrincipal me, @PathVariable String requestId,
			@ModelAttribute DeclineForm form, Model model, RedirectAttributes redirect, Locale locale) {
		requireSeat(me, requestId, Set.of(SeatStatus.INVITED, SeatStatus.ACCEPTED));
		String reason = form.reason() == null ? "" : form.reason().strip();
		String problem = reason.isEmpty() ? "reviewer.error.reason.required"
				: reason.length() > MAX_REASON ? "reviewer.error.reason.tooLong" : null;
		if (problem == null) {
			try {
				invitations.decline(me.personId(), requestId, reason);
				redirect.addFlashAttribute("flash", messages.getMessage("reviewer.declined", null, locale));
				return "redirect:/my/reviews";
			}
			catch (InvalidInput ex) {
				problem = "reviewer.error.reason.required";
			}
		}
		return page.show(me.personId(), requestId, ScorecardForm.empty(), form.reason(), Map.of("reason", problem),
				model, locale);
	}

	@PostMapping("/scorecard")
	String submit(@AuthenticationPrincipal PlatformPrincipal me, @PathVariable String requestId,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect, Locale locale) {
		SeatStatus status = desk.desk(me.personId(), requestId).status();
		if (status == SeatStatus.SUBMITTED) {
			throw new AlreadySubmitted(requestId);
		}
		requireSeat(me, requestId, Set.of(SeatStatus.ACCEPTED));
		ScorecardForm form = ScorecardForm.from(params);
		Map<String, String> problems = form.problems();
		if (problems.isEmpty()) {
			try {
				reviews.submit(me.personId(), requestId, form.criterionScores(), form.recommendationValue(),
						form.summary());
				redirect.addFlashAttribute("flash", messages.getMessage("reviewer.submitted", null, locale));
				return "redirect:/my/reviews/" + requestId;
			}
			catch (InvalidScorecard ex) {
				problems = fromDomain(ex);
			}
		}
		return page.show(me.personId(), requestId, form, null, problems, model, locale);
	}

	private void requireSeat(PlatformPrincipal me, String requestId, Set<SeatStatus> allowed) {
		ReviewerDesk.Desk shown = desk.desk(me.personId(), requestId);
		if (!shown.open()) {
			throw new SeatClosed("reviewer.conflict.closed");
		}
		if (!allowed.contains(shown.status())) {
			throw new SeatClosed("reviewer.conflict." + shown.status());
		}
	}

	/** The service's own checks, should they ever refuse what the form let through. */
	private static Map<String, String> fromDomain(InvalidScorecard ex) {
		Map<String, String> problems = new LinkedHashMap<>();
		for (String key : ex.problems()) {
			String[] parts = key.split("\\.");
			if (parts[0].equals("score") && parts.length > 2) {
				boolean evidence = parts[2].equals("evidence");
				problems.putIfAbsent((evidence ? "evidence-" : "score-") + parts[1],
						evidence ? "reviewer.error.evidence.required" : "reviewer.error.score.range");
			}
			else if (parts[0].equals("summary")) {
				problems.putIfAbsent("summary", "reviewer.error.summary.tooLong");
			}
			else {
				problems.putIfAbsent("recommendation", "reviewer.error.recommendation.required");
			}
		}
		return problems;
	}

	/** The seat no longer takes this action (already answered, declined, expired, review closed): 409. */
	static class SeatClosed extends Conflict {

		SeatClosed(String reasonKey) {
			super("Seat closed: " + reasonKey, reasonKey);
		}

		@Override
		public String titleKey() {
			return "reviewer.conflict.title";
		}

	}

}
