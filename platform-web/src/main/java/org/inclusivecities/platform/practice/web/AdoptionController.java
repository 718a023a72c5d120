package org.inclusivecities.platform.practice.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.inclusivecities.platform.practice.InvalidPracticeTransition;
import org.inclusivecities.platform.practice.PracticeEditing;
import org.inclusivecities.platform.practice.PracticeNotFound;
import org.inclusivecities.platform.practice.PublishedPractice;
import org.inclusivecities.platform.practice.PublishedPractices;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** A member city records that it adopted another city's published practice. */
@Controller
@RequestMapping("/my/cities/{slug}/practices/adopt/{practiceId}")
class AdoptionController {

	private final PracticeEditing editing;

	private final PublishedPractices published;

	private final MessageSource messages;

	AdoptionController(PracticeEditing editing, PublishedPractices published, MessageSource messages) {
		this.editing = editing;
		this.published = published;
		this.messages = messages;
	}

	@GetMapping
	String form(CityWorkspace workspace, @PathVariable String practiceId, Model model) {
		return page(workspace, practiceId, model, "", "", Map.of());
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping
	String adopt(CityWorkspace workspace, @PathVariable String practiceId, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "") String reference, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (note.length() > PracticeForm.SUMMARY) {
			errors.put("note", "practice.error.too-long");
		}
		if (reference.length() > PracticeForm.SHORT) {
			errors.put("reference", "practice.error.too-long");
		}
		if (errors.isEmpty()) {
			try {
				editing.adopt(workspace.cityId(), practiceId, note.strip(), reference.strip(),
						workspace.person().getId());
				redirect.addFlashAttribute("flash",
						messages.getMessage("practice.flash.adopted", null, LocaleContextHolder.getLocale()));
				return "redirect:/practices/" + practiceId;
			}
			catch (InvalidPracticeTransition ex) {
				errors.put("note", "practice.error.adoption");
			}
		}
		response.setStatus(errors.containsValue("practice.error.adoption") ? 409 : 400);
		return page(workspace, practiceId, model, note, reference, errors);
	}

	private String page(CityWorkspace workspace, String practiceId, Model model, String note, String reference,
			Map<String, String> errors) {
		PublishedPractice practice = published.find(practiceId).orElseThrow(PracticeNotFound::new);
		model.addAttribute("workspace", workspace);
		model.addAttribute("practice", practice);
		model.addAttribute("note", note);
		model.addAttribute("reference", reference);
		model.addAttribute("errors", errors);
		model.addAttribute("own", practice.cityId().equals(workspace.cityId()));
		model.addAttribute("adopted", editing.hasAdopted(workspace.cityId(), practiceId));
		return "practice/workspace/adopt";
	}

}
