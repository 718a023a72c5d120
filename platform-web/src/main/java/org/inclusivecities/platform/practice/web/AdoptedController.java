package org.inclusivecities.platform.practice.web;

import java.time.Clock;
import java.time.LocalDate;

import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.practice.Adoption;
import org.inclusivecities.platform.practice.InvalidAdoption;
import org.inclusivecities.platform.practice.PracticeAdoption;
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
 * The practices a city adopted, and one adoption's page: describe the adaptation and the linked indicator anew,
 * report back a result, withdraw it (after a confirmation). Only the city's own adoptions: any other is 404.
 */
@Controller
@RequestMapping("/my/cities/{slug}/practices/adopted")
class AdoptedController {

	private final PracticeAdoption adoptions;

	private final PublishedPractices published;

	private final MessageSource messages;

	private final Clock clock;

	AdoptedController(PracticeAdoption adoptions, PublishedPractices published, MessageSource messages, Clock clock) {
		this.adoptions = adoptions;
		this.published = published;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(CityWorkspace workspace, Model model) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("rows", adoptions.list(workspace.cityId())
			.stream()
			.map(a -> new Row(a.getPracticeId(), title(a.getPracticeId()), a))
			.toList());
		return "practice/workspace/adopted";
	}

	@GetMapping("/{practiceId}")
	String show(CityWorkspace workspace, @PathVariable String practiceId, Model model) {
		Adoption adoption = adoptions.get(workspace.cityId(), practiceId);
		model.addAttribute("form", AdoptionForm.of(adoption));
		model.addAttribute("resultForm", ResultForm.of(adoption, LocalDate.now(clock)));
		return page(workspace, adoption, model);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/{practiceId}")
	String describe(CityWorkspace workspace, @PathVariable String practiceId,
			@Valid @ModelAttribute("form") AdoptionForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Adoption adoption = adoptions.get(workspace.cityId(), practiceId);
		if (applied(errors, () -> adoptions.describe(workspace.cityId(), practiceId, form.details()))) {
			return done(workspace, practiceId, "practice.flash.adoption.saved", redirect);
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("resultForm", ResultForm.of(adoption, LocalDate.now(clock)));
		return page(workspace, adoption, model);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/{practiceId}/result")
	String report(CityWorkspace workspace, @PathVariable String practiceId,
			@Valid @ModelAttribute("resultForm") ResultForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Adoption adoption = adoptions.get(workspace.cityId(), practiceId);
		if (!errors.hasFieldErrors("resultAsOf") && form.asOf().isEmpty()) {
			errors.rejectValue("resultAsOf", "practice.error.resultAsOf");
		}
		if (applied(errors, () -> adoptions.reportResult(workspace.cityId(), practiceId, form.result(),
				form.asOf().orElseThrow()))) {
			return done(workspace, practiceId, "practice.flash.adoption.reported", redirect);
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("form", AdoptionForm.of(adoption));
		return page(workspace, adoption, model);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@GetMapping("/{practiceId}/withdraw")
	String confirmWithdrawal(CityWorkspace workspace, @PathVariable String practiceId, Model model) {
		Adoption adoption = adoptions.get(workspace.cityId(), practiceId);
		model.addAttribute("workspace", workspace);
		model.addAttribute("adoption", adoption);
		model.addAttribute("title", title(practiceId));
		return "practice/workspace/withdraw-adoption";
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/{practiceId}/withdraw")
	String withdraw(CityWorkspace workspace, @PathVariable String practiceId, RedirectAttributes redirect) {
		adoptions.withdraw(workspace.cityId(), practiceId);
		return done(workspace, practiceId, "practice.flash.adoption.withdrawn", redirect);
	}

	/**
	 * Makes the change when the form has no errors; a value the adoption refuses becomes its field's error. Whether
	 * the change was made.
	 */
	static boolean applied(BindingResult errors, Runnable change) {
		if (errors.hasErrors()) {
			return false;
		}
		try {
			change.run();
			return true;
		}
		catch (InvalidAdoption ex) {
			errors.rejectValue(ex.field(), ex.messageKey());
			return false;
		}
	}

	/** One adoption in the city's list, with the practice's title. */
	record Row(String practiceId, String title, Adoption adoption) {
	}

	private String page(CityWorkspace workspace, Adoption adoption, Model model) {
		var practice = published.find(adoption.getPracticeId());
		model.addAttribute("workspace", workspace);
		model.addAttribute("adoption", adoption);
		model.addAttribute("practice", practice.orElse(null));
		model.addAttribute("title", title(adoption.getPracticeId()));
		model.addAttribute("indicators", adoptions.linkableIndicators(workspace.cityId()));
		return "practice/workspace/adoption";
	}

	/** The practice's published title; a practice withdrawn from the library since is named as such. */
	private String title(String practiceId) {
		return published.find(practiceId)
			.map(p -> p.content().title())
			.orElseGet(() -> messages.getMessage("practice.adopted.unpublished", null,
					LocaleContextHolder.getLocale()));
	}

	private String done(CityWorkspace workspace, String practiceId, String key, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
		return "redirect:/my/cities/" + workspace.slug() + "/practices/adopted/" + practiceId;
	}

}
