package org.inclusivecities.platform.accreditation.pool;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.layout.FormErrors;
import org.inclusivecities.platform.pool.ConflictKind;
import org.inclusivecities.platform.pool.ReviewerNomination;
import org.inclusivecities.platform.pool.ReviewerPool;
import org.inclusivecities.platform.pool.ReviewerPoolService;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A reviewer declares their own conflicts (a city they worked for, a twinned city) on each of their nominations.
 * Only the signed-in person's nominations are offered; the service refuses anyone else's ({@code actorId}).
 */
@Controller
@RequestMapping("/my/reviewer/conflicts")
class OwnConflictsController {

	private final ReviewerPool reviewerPool;

	private final ReviewerPoolService pool;

	private final PoolChoices choices;

	private final PoolRows rows;

	private final MessageSource messages;

	OwnConflictsController(ReviewerPool reviewerPool, ReviewerPoolService pool, PoolChoices choices, PoolRows rows,
			MessageSource messages) {
		this.reviewerPool = reviewerPool;
		this.pool = pool;
		this.choices = choices;
		this.rows = rows;
		this.messages = messages;
	}

	@GetMapping
	String page(@AuthenticationPrincipal PlatformPrincipal principal, Model model, Locale locale) {
		List<ReviewerNomination> mine = active(principal);
		model.addAttribute("form", ConflictForm.empty(mine.size() == 1 ? mine.getFirst().getId() : ""));
		return show(mine, model, locale);
	}

	@PostMapping
	String declare(@AuthenticationPrincipal PlatformPrincipal principal, @ModelAttribute("form") ConflictForm form,
			BindingResult result, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		List<ReviewerNomination> mine = active(principal);
		ReviewerNomination nomination = mine.stream()
			.filter(n -> n.getId().equals(form.nominationId()))
			.findFirst()
			.orElse(null);
		if (nomination == null) {
			result.rejectValue("nominationId", "pool.error.nomination.required");
		}
		City city = null;
		if (form.cityId() == null || form.cityId().isBlank()) {
			result.rejectValue("cityId", "pool.error.city.required");
		}
		else if (nomination != null && form.cityId().equals(nomination.getCityId())) {
			result.rejectValue("cityId", "pool.error.conflict.own");
		}
		else {
			// any city of the network except the one that nominated the reviewer
			city = choices.otherCity("", form.cityId()).orElse(null);
			if (city == null) {
				result.rejectValue("cityId", "pool.error.city.unknown");
			}
		}
		var kind = NominationChecks.kind(ConflictKind.class, form.kind(), "kind", result);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", FormErrors.of(result, messages, locale));
			return show(mine, model, locale);
		}
		pool.declareConflict(nomination.getCityId(), nomination.getId(), city.getId(), kind.orElseThrow(),
				principal.personId());
		redirect.addFlashAttribute("flash",
				messages.getMessage("pool.conflict.declared", new Object[] { city.getName() }, locale));
		return "redirect:/my/reviewer/conflicts";
	}

	private List<ReviewerNomination> active(PlatformPrincipal principal) {
		return reviewerPool.nominationsOf(principal.personId()).stream().filter(ReviewerNomination::isActive).toList();
	}

	private String show(List<ReviewerNomination> mine, Model model, Locale locale) {
		model.addAttribute("nominations", rows.rows(mine, locale));
		model.addAttribute("cities", choices.otherCities(""));
		model.addAttribute("conflictKinds", ConflictKind.values());
		return "accreditation/pool/conflicts";
	}

}
