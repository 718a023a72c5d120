package org.inclusivecities.platform.accreditation.pool;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.layout.FormErrors;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.pool.NotAReviewer;
import org.inclusivecities.platform.pool.ReviewerNomination;
import org.inclusivecities.platform.pool.ReviewerPoolService;
import org.inclusivecities.platform.pool.ReviewerProfile;
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
 * A city administrator nominates one of the city's reviewers (or changes a nomination: nominating the same person
 * again replaces languages, expertise and cap, and brings a withdrawn nomination back).
 */
@Controller
@RequestMapping("/my/cities/{slug}/reviewers/nominate")
class NominateController {

	private final ReviewerPoolService pool;

	private final PoolChoices choices;

	private final MessageSource messages;

	NominateController(ReviewerPoolService pool, PoolChoices choices, MessageSource messages) {
		this.pool = pool;
		this.choices = choices;
		this.messages = messages;
	}

	@RequiresRole(Role.CITY_ADMIN)
	@GetMapping
	String form(CityWorkspace workspace, @RequestParam(required = false) String person, Model model, Locale locale) {
		NominateForm form = pool.nominationsOf(workspace.cityId())
			.stream()
			.filter(n -> n.getPersonId().equals(person))
			.findFirst()
			.map(NominateForm::of)
			.orElseGet(() -> NominateForm.empty(workspace.city().getLanguages()));
		model.addAttribute("form", form);
		return show(workspace, model, locale);
	}

	@RequiresRole(Role.CITY_ADMIN)
	@PostMapping
	String nominate(CityWorkspace workspace, @ModelAttribute("form") NominateForm form, BindingResult result,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		List<Person> reviewers = choices.reviewers(workspace.cityId());
		Person person = reviewers.stream().filter(p -> p.getId().equals(form.personId())).findFirst().orElse(null);
		if (form.personId() == null || form.personId().isBlank()) {
			result.rejectValue("personId", "pool.error.person.required");
		}
		else if (person == null) {
			result.rejectValue("personId", "pool.error.person.notReviewer");
		}
		ReviewerProfile profile = NominationChecks.profile(form, result);
		if (!result.hasErrors()) {
			try {
				ReviewerNomination nomination = pool.nominate(workspace.cityId(), person.getId(), profile,
						workspace.person().getId());
				redirect.addFlashAttribute("flash",
						messages.getMessage("pool.nominated", new Object[] { person.getDisplayName() }, locale));
				return "redirect:/my/cities/" + workspace.slug() + "/reviewers/" + nomination.getId();
			}
			catch (NotAReviewer e) {
				// the role was taken away between showing the form and sending it
				result.rejectValue("personId", "pool.error.person.notReviewer");
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("errors", FormErrors.of(result, messages, locale));
		return show(workspace, model, locale);
	}

	private String show(CityWorkspace workspace, Model model, Locale locale) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("reviewers", choices.reviewers(workspace.cityId()));
		model.addAttribute("languages", choices.languages(locale));
		model.addAttribute("activityTypes", choices.activityTypes(locale));
		model.addAttribute("sectors", choices.sectors(locale));
		model.addAttribute("maxCap", ReviewerNomination.MAX_CAP);
		return "accreditation/pool/nominate";
	}

}
