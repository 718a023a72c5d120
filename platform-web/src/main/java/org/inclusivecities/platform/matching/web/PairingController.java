package org.inclusivecities.platform.matching.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.inclusivecities.platform.matching.Pairing;
import org.inclusivecities.platform.layout.IsoDates;
import org.inclusivecities.platform.matching.PeerLearning;
import org.inclusivecities.platform.matching.TransferPhase;
import org.inclusivecities.platform.people.Role;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One pairing, seen by either of its two cities (any other city: 404): what was asked, the answer, and for the asked
 * city's admins the accept and decline buttons; once accepted, each city's admins choose whether it shows publicly.
 */
@Controller
@RequestMapping("/my/cities/{slug}/matchcentrum/pairings/{id}")
class PairingController {

	private final PeerLearning peerLearning;

	private final PairingViews views;

	private final MessageSource messages;

	PairingController(PeerLearning peerLearning, PairingViews views, MessageSource messages) {
		this.peerLearning = peerLearning;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping
	String show(CityWorkspace workspace, @PathVariable String id, Model model) {
		return page(workspace, peerLearning.get(workspace.cityId(), id), model);
	}

	@RequiresRole(Role.CITY_ADMIN)
	@PostMapping("/accept")
	String accept(CityWorkspace workspace, @PathVariable String id, RedirectAttributes redirect) {
		peerLearning.accept(workspace, id);
		return done(workspace, id, "matching.pairing.accepted", redirect);
	}

	@RequiresRole(Role.CITY_ADMIN)
	@PostMapping("/decline")
	String decline(CityWorkspace workspace, @PathVariable String id,
			@Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(workspace, peerLearning.get(workspace.cityId(), id), model);
		}
		peerLearning.decline(workspace, id, form.reason());
		return done(workspace, id, "matching.pairing.declined", redirect);
	}

	@RequiresRole(Role.CITY_ADMIN)
	@PostMapping("/show")
	String showPublicly(CityWorkspace workspace, @PathVariable String id,
			@RequestParam(defaultValue = "false") boolean shown, RedirectAttributes redirect) {
		peerLearning.show(workspace, id, shown);
		return done(workspace, id, shown ? "matching.pairing.shown" : "matching.pairing.hidden", redirect);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/steps")
	String plan(CityWorkspace workspace, @PathVariable String id, @Valid @ModelAttribute("stepForm") StepForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		var dueBy = form.dueBy() == null ? java.util.Optional.<java.time.LocalDate>empty()
				: IsoDates.parse(form.dueBy());
		if (!errors.hasFieldErrors("dueBy") && dueBy.isEmpty()) {
			errors.rejectValue("dueBy", "matching.step.dueBy.invalid");
		}
		if (!errors.hasFieldErrors("phase") && form.transferPhase().isEmpty()) {
			errors.rejectValue("phase", "matching.step.phase.required");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(workspace, peerLearning.get(workspace.cityId(), id), model);
		}
		peerLearning.plan(workspace, id, form.transferPhase().orElseThrow(), form.what(), dueBy.orElseThrow());
		return done(workspace, id, "matching.step.added", redirect);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/messages")
	String write(CityWorkspace workspace, @PathVariable String id,
			@Valid @ModelAttribute("messageForm") MessageForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(workspace, peerLearning.get(workspace.cityId(), id), model);
		}
		peerLearning.write(workspace, id, form.text());
		return done(workspace, id, "matching.message.sent", redirect);
	}

	private String page(CityWorkspace workspace, Pairing pairing, Model model) {
		if (!model.containsAttribute("answerForm")) {
			model.addAttribute("answerForm", AnswerForm.empty());
		}
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", StepForm.empty());
		}
		if (!model.containsAttribute("messageForm")) {
			model.addAttribute("messageForm", MessageForm.empty());
		}
		model.addAttribute("phases", TransferPhase.values());
		model.addAttribute("canWrite", workspace.canEditPlan());
		model.addAttribute("workspace", workspace);
		model.addAttribute("base", MatchcentrumController.base(workspace));
		model.addAttribute("p", views.view(workspace.cityId(), pairing));
		model.addAttribute("isAdmin", workspace.has(Role.CITY_ADMIN));
		return "matching/pairing";
	}

	private String done(CityWorkspace workspace, String id, String key, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
		return "redirect:" + MatchcentrumController.base(workspace) + "/pairings/" + id;
	}

}
