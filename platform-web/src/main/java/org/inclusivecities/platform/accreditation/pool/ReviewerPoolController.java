package org.inclusivecities.platform.accreditation.pool;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.layout.FormErrors;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.ReviewerPoolService;
import org.inclusivecities.platform.pool.TieKind;
import org.inclusivecities.platform.request.AccreditationService;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The city's reviewer pool: the people it nominated and the ties it declared with other cities. Only city
 * administrators see and change it; anyone else gets 404, as for a foreign city ({@link CityWorkspace#require}).
 */
@Controller
@RequestMapping("/my/cities/{slug}/reviewers")
class ReviewerPoolController {

	private final ReviewerPoolService pool;

	private final PoolChoices choices;

	private final PoolRows rows;

	private final MessageSource messages;

	private final AccreditationService accreditation;

	ReviewerPoolController(ReviewerPoolService pool, PoolChoices choices, PoolRows rows, MessageSource messages,
			AccreditationService accreditation) {
		this.pool = pool;
		this.accreditation = accreditation;
		this.choices = choices;
		this.rows = rows;
		this.messages = messages;
	}

	@RequiresRole(Role.CITY_ADMIN)
	@GetMapping
	String list(CityWorkspace workspace, Model model, Locale locale) {
		model.addAttribute("tieForm", TieForm.empty());
		return show(workspace, model, locale);
	}

	@RequiresRole(Role.CITY_ADMIN)
	@PostMapping("/ties")
	String declareTie(CityWorkspace workspace, @ModelAttribute("tieForm") TieForm form, BindingResult result,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		City other = null;
		if (form.cityId() == null || form.cityId().isBlank()) {
			result.rejectValue("cityId", "pool.error.city.required");
		}
		else if (form.cityId().equals(workspace.cityId())) {
			result.rejectValue("cityId", "pool.error.city.own");
		}
		else {
			other = choices.otherCity(workspace.cityId(), form.cityId()).orElse(null);
			if (other == null) {
				result.rejectValue("cityId", "pool.error.city.unknown");
			}
		}
		var kind = NominationChecks.kind(TieKind.class, form.kind(), "kind", result);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", FormErrors.of(result, messages, locale));
			return show(workspace, model, locale);
		}
		pool.declareTie(workspace.cityId(), other.getId(), kind.orElseThrow(), workspace.person().getId());
		redirect.addFlashAttribute("flash",
				messages.getMessage("pool.tie.declared", new Object[] { other.getName() }, locale));
		return "redirect:/my/cities/" + workspace.slug() + "/reviewers";
	}

	/**
	 * The city withdraws a tie it declared (declared by mistake, a twinning ended). Not while one of its
	 * accreditation requests is under way: the tie may be what keeps a reviewer away from it.
	 */
	@RequiresRole(Role.CITY_ADMIN)
	@PostMapping("/ties/remove")
	String removeTie(CityWorkspace workspace, @RequestParam(required = false) String tie, Locale locale,
			RedirectAttributes redirect) {
		pool.tie(workspace.cityId(), tie == null ? "" : tie); // another city's tie, or none: 404
		if (accreditation.hasOpenRequest(workspace.cityId())) {
			redirect.addFlashAttribute("tieError", messages.getMessage("pool.tie.remove.refused", null, locale));
		}
		else {
			pool.removeTie(workspace.cityId(), tie);
			redirect.addFlashAttribute("flash", messages.getMessage("pool.tie.removed", null, locale));
		}
		return "redirect:/my/cities/" + workspace.slug() + "/reviewers#ties";
	}

	private String show(CityWorkspace workspace, Model model, Locale locale) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("nominations", rows.rows(pool.nominationsOf(workspace.cityId()), locale));
		model.addAttribute("ties", rows.ties(pool.tiesOf(workspace.cityId())));
		model.addAttribute("cities", choices.otherCities(workspace.cityId()));
		model.addAttribute("tieKinds", TieKind.values());
		return "accreditation/pool/list";
	}

}
