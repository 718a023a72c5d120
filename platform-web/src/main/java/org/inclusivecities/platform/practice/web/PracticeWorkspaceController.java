package org.inclusivecities.platform.practice.web;

import java.util.Map;

import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.practice.ConsentScope;
import org.inclusivecities.platform.practice.Practice;
import org.inclusivecities.platform.practice.PracticeEditing;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** A city's own practices: list, write, edit, submit for moderation. Editing needs CITY_ADMIN or COUNCIL_MEMBER. */
@Controller
@RequestMapping("/my/cities/{slug}/practices")
class PracticeWorkspaceController {

	static final String FORM = "practice/workspace/form";

	private final PracticeEditing editing;

	private final MessageSource messages;

	PracticeWorkspaceController(PracticeEditing editing, MessageSource messages) {
		this.editing = editing;
		this.messages = messages;
	}

	@GetMapping
	String list(CityWorkspace workspace, Model model) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("practices", editing.list(workspace.cityId()));
		return "practice/workspace/list";
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@GetMapping("/new")
	String create(CityWorkspace workspace, Model model) {
		return form(model, workspace, PracticeForm.empty(), Map.of(), null);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/new")
	String create(CityWorkspace workspace, @ModelAttribute("form") PracticeForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> errors = form.errors();
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, workspace, form, errors, null);
		}
		Practice practice = editing.create(workspace.cityId(), form.toContent(), workspace.person().getId());
		flash(redirect, "practice.flash.created");
		return "redirect:/my/cities/" + workspace.slug() + "/practices/" + practice.getId();
	}

	@GetMapping("/{id}")
	String show(CityWorkspace workspace, @PathVariable String id, Model model) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("practice", editing.get(workspace.cityId(), id));
		model.addAttribute("scopes", ConsentScope.values());
		model.addAttribute("errors", Map.of());
		return "practice/workspace/detail";
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@GetMapping("/{id}/edit")
	String edit(CityWorkspace workspace, @PathVariable String id, Model model) {
		Practice practice = editing.get(workspace.cityId(), id);
		return form(model, workspace, PracticeForm.of(practice.working().content()), Map.of(), practice);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/{id}/edit")
	String edit(CityWorkspace workspace, @PathVariable String id, @ModelAttribute("form") PracticeForm form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Practice practice = editing.get(workspace.cityId(), id);
		Map<String, String> errors = form.errors();
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, workspace, form, errors, practice);
		}
		editing.edit(workspace.cityId(), id, form.toContent());
		flash(redirect, "practice.flash.saved");
		return "redirect:/my/cities/" + workspace.slug() + "/practices/" + id;
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/{id}/submit")
	String submit(CityWorkspace workspace, @PathVariable String id, RedirectAttributes redirect) {
		editing.submit(workspace.cityId(), id);
		flash(redirect, "practice.flash.submitted");
		return "redirect:/my/cities/" + workspace.slug() + "/practices/" + id;
	}

	private String form(Model model, CityWorkspace workspace, PracticeForm form, Map<String, String> errors,
			Practice practice) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("practice", practice);
		model.addAttribute("activityTypes", ActivityType.values());
		model.addAttribute("aims", Aim.values());
		model.addAttribute("sectors", Sector.values());
		return FORM;
	}

	private void flash(RedirectAttributes redirect, String key) {
		redirect.addFlashAttribute("flash", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
	}

}
