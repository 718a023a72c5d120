package org.inclusivecities.platform.accreditation.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.request.RequestErrors.InvalidInput;
import org.inclusivecities.platform.request.RequestErrors.RuleBroken;
import org.inclusivecities.platform.request.SeatControl;
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
 * The secretariat's controls on a request after routing, confirmation included: remove or replace a reviewer
 * (by one chosen from the pool, or with one click by the next-best eligible one), more time for an invitation or
 * the review, a reminder now, vacant seats filled now, withdrawal with a reason. A refusal (a rule the change
 * would break, a missing date or reason) is shown on the request page next to the control, and nothing changes.
 */
@Controller
class SeatControlController {

	private final SeatControl control;

	private final RequestPage page;

	private final Wording wording;

	private final MessageSource messages;

	SeatControlController(SeatControl control, RequestPage page, Wording wording, MessageSource messages) {
		this.control = control;
		this.page = page;
		this.wording = wording;
		this.messages = messages;
	}

	@PostMapping("/admin/accreditation/{requestId}/seats/remove")
	String remove(@PathVariable String requestId, @RequestParam String reviewer, @AuthenticationPrincipal PlatformPrincipal principal,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return act(requestId, "seat-" + reviewer, principal, model, locale, response, redirect, "reviewAdmin.control.removed",
				() -> control.remove(principal.personId(), requestId, reviewer));
	}

	/** Replaces the reviewer by the one chosen, or by the next-best eligible reviewer when none is chosen. */
	@PostMapping("/admin/accreditation/{requestId}/seats/replace")
	String replace(@PathVariable String requestId, @RequestParam String reviewer,
			@RequestParam(required = false) String incoming, @AuthenticationPrincipal PlatformPrincipal principal,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return act(requestId, "seat-" + reviewer, principal, model, locale, response, redirect,
				"reviewAdmin.control.replaced",
				() -> incoming == null || incoming.isBlank()
						? control.replaceWithNextBest(principal.personId(), requestId, reviewer)
						: control.replace(principal.personId(), requestId, reviewer, incoming));
	}

	@PostMapping("/admin/accreditation/{requestId}/seats/extend")
	String extendInvitation(@PathVariable String requestId, @RequestParam String reviewer,
			@RequestParam(required = false) String until, @AuthenticationPrincipal PlatformPrincipal principal,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return act(requestId, "seat-" + reviewer, principal, model, locale, response, redirect,
				"reviewAdmin.control.extended",
				() -> control.extendInvitation(principal.personId(), requestId, reviewer, day(until, "reviewAdmin.extend.error.seat")));
	}

	@PostMapping("/admin/accreditation/{requestId}/extend")
	String extendReview(@PathVariable String requestId, @RequestParam(required = false) String until,
			@AuthenticationPrincipal PlatformPrincipal principal, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(requestId, "review-until", principal, model, locale, response, redirect, "reviewAdmin.control.extended",
				() -> control.extendReview(principal.personId(), requestId, day(until, "reviewAdmin.extend.error.review")));
	}

	@PostMapping("/admin/accreditation/{requestId}/remind")
	String remind(@PathVariable String requestId, @AuthenticationPrincipal PlatformPrincipal principal, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return act(requestId, "remind", principal, model, locale, response, redirect, "reviewAdmin.control.reminded",
				() -> control.remindNow(principal.personId(), requestId));
	}

	@PostMapping("/admin/accreditation/{requestId}/reassign")
	String reassign(@PathVariable String requestId, @AuthenticationPrincipal PlatformPrincipal principal, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return act(requestId, "reassign", principal, model, locale, response, redirect, "reviewAdmin.control.reassigned",
				() -> control.reassignNow(principal.personId(), requestId));
	}

	@PostMapping("/admin/accreditation/{requestId}/withdraw")
	String withdraw(@PathVariable String requestId, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal PlatformPrincipal principal, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(requestId, "withdraw-reason", principal, model, locale, response, redirect,
				"reviewAdmin.control.withdrawn", () -> control.withdraw(principal.personId(), requestId, reason));
	}

	/**
	 * Runs the step; a refusal is shown at {@code field} on the request page (400 for bad input, 409 for a rule),
	 * success redirects with a flash message whose first argument is the step's result (e.g. how many were reminded).
	 */
	private String act(String requestId, String field, PlatformPrincipal principal, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect, String doneKey, Supplier<Object> step) {
		String error;
		try {
			Object result = step.get();
			redirect.addFlashAttribute("flash", messages.getMessage(doneKey,
					new Object[] { result instanceof Number n ? n : 0 }, locale));
			return "redirect:/admin/accreditation/" + requestId;
		}
		catch (RuleBroken broken) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			error = messages.getMessage("reviewAdmin.control.refused", new Object[] { wording.rule(broken.ruleId(), locale) },
					locale);
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			error = messages.getMessage(invalid.problems().getFirst(), null, locale);
		}
		model.addAttribute("errors", Map.of(field, error));
		return page.show(principal.personId(), requestId, model, locale);
	}

	private static LocalDate day(String value, String problem) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput(java.util.List.of(problem));
		}
	}

}
