package org.inclusivecities.platform.accreditation.pool;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.layout.FormErrors;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.NominationNotFound;
import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.pool.ReviewerNomination;
import org.inclusivecities.platform.pool.ReviewerPoolService;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One nomination of the city: its profile, unavailable periods and declared conflicts; a city administrator adds an
 * unavailable period or withdraws it. A nomination of another city is not found (404), whatever its id.
 */
@Controller
@RequestMapping("/my/cities/{slug}/reviewers/{nominationId}")
class NominationController {

	private final ReviewerPoolService pool;

	private final PoolRows rows;

	private final MessageSource messages;

	private final Clock clock;

	NominationController(ReviewerPoolService pool, PoolRows rows, MessageSource messages, Clock clock) {
		this.pool = pool;
		this.rows = rows;
		this.messages = messages;
		this.clock = clock;
	}

	@RequiresRole(Role.CITY_ADMIN)
	@GetMapping
	String show(CityWorkspace workspace, @PathVariable String nominationId, Model model, Locale locale) {
		model.addAttribute("periodForm", PeriodForm.empty());
		return show(workspace, nomination(workspace, nominationId), model, locale);
	}

	@RequiresRole(Role.CITY_ADMIN)
	@PostMapping("/unavailable")
	String markUnavailable(CityWorkspace workspace, @PathVariable String nominationId,
			@ModelAttribute("periodForm") PeriodForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		ReviewerNomination nomination = nomination(workspace, nominationId);
		Period period = NominationChecks.period(form, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), result);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", FormErrors.of(result, messages, locale));
			return show(workspace, nomination, model, locale);
		}
		pool.markUnavailable(workspace.cityId(), nomination.getId(), period, workspace.person().getId());
		redirect.addFlashAttribute("flash", messages.getMessage("pool.unavailable.added", null, locale));
		return "redirect:/my/cities/" + workspace.slug() + "/reviewers/" + nomination.getId();
	}

	@RequiresRole(Role.CITY_ADMIN)
	@PostMapping("/withdraw")
	String withdraw(CityWorkspace workspace, @PathVariable String nominationId, Locale locale,
			RedirectAttributes redirect) {
		ReviewerNomination nomination = nomination(workspace, nominationId);
		pool.withdraw(workspace.cityId(), nomination.getId(), workspace.person().getId());
		redirect.addFlashAttribute("flash", messages.getMessage("pool.withdrawn",
				new Object[] { rows.row(nomination, locale).name() }, locale));
		return "redirect:/my/cities/" + workspace.slug() + "/reviewers";
	}

	private ReviewerNomination nomination(CityWorkspace workspace, String nominationId) {
		return pool.nominationsOf(workspace.cityId())
			.stream()
			.filter(n -> n.getId().equals(nominationId))
			.findFirst()
			.orElseThrow(() -> new NominationNotFound(nominationId));
	}

	private String show(CityWorkspace workspace, ReviewerNomination nomination, Model model, Locale locale) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("nomination", rows.row(nomination, locale));
		return "accreditation/pool/nomination";
	}

}
