package org.inclusivecities.platform.practice.web;

import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.practice.InvalidPracticeTransition;
import org.inclusivecities.platform.practice.PracticeAdoption;
import org.inclusivecities.platform.practice.PracticeNotFound;
import org.inclusivecities.platform.practice.PublishedPractice;
import org.inclusivecities.platform.practice.PublishedPractices;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * A member city records that it adopted another city's published practice, saying how it adapted it and which of
 * its indicators shows the result; then it goes on on the adoption's own page ({@link AdoptedController}).
 */
@Controller
@RequestMapping("/my/cities/{slug}/practices/adopt/{practiceId}")
class AdoptionController {

	private final PracticeAdoption adoption;

	private final PublishedPractices published;

	private final MessageSource messages;

	AdoptionController(PracticeAdoption adoption, PublishedPractices published, MessageSource messages) {
		this.adoption = adoption;
		this.published = published;
		this.messages = messages;
	}

	@GetMapping
	String form(CityWorkspace workspace, @PathVariable String practiceId, Model model) {
		model.addAttribute("form", AdoptionForm.empty());
		return page(workspace, practiceId, model);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping
	String adopt(CityWorkspace workspace, @PathVariable String practiceId,
			@Valid @ModelAttribute("form") AdoptionForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (AdoptedController.applied(errors, () -> adoption.adopt(workspace.cityId(), practiceId, form.details(),
					workspace.person().getId()))) {
				redirect.addFlashAttribute("flash",
						messages.getMessage("practice.flash.adopted", null, LocaleContextHolder.getLocale()));
				return "redirect:/my/cities/" + workspace.slug() + "/practices/adopted/" + practiceId;
			}
		}
		catch (InvalidPracticeTransition ex) {
			errors.rejectValue("adaptation", "practice.error.adoption");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page(workspace, practiceId, model);
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(workspace, practiceId, model);
	}

	private String page(CityWorkspace workspace, String practiceId, Model model) {
		PublishedPractice practice = published.find(practiceId).orElseThrow(PracticeNotFound::new);
		model.addAttribute("workspace", workspace);
		model.addAttribute("practice", practice);
		model.addAttribute("own", practice.cityId().equals(workspace.cityId()));
		model.addAttribute("adopted", adoption.hasAdopted(workspace.cityId(), practiceId));
		model.addAttribute("indicators", adoption.linkableIndicators(workspace.cityId()));
		return "practice/workspace/adopt";
	}

}
