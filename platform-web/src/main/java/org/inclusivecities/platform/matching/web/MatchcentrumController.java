package org.inclusivecities.platform.matching.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.directory.MemberDirectory;
import org.inclusivecities.platform.matching.Matchmaking;
import org.inclusivecities.platform.matching.Pairing;
import org.inclusivecities.platform.matching.PairingNotFound;
import org.inclusivecities.platform.matching.PeerLearning;
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
 * The matchcentrum of a city's workspace: the cities it could learn from and that could learn from it, each with its
 * reasons, its pairings, and the form that asks another city for a pairing (city admins and council members).
 */
@Controller
@RequestMapping("/my/cities/{slug}/matchcentrum")
class MatchcentrumController {

	private final Matchmaking matchmaking;

	private final PeerLearning peerLearning;

	private final PairingViews views;

	private final MemberDirectory directory;

	private final MessageSource messages;

	MatchcentrumController(Matchmaking matchmaking, PeerLearning peerLearning, PairingViews views,
			MemberDirectory directory, MessageSource messages) {
		this.matchmaking = matchmaking;
		this.peerLearning = peerLearning;
		this.views = views;
		this.directory = directory;
		this.messages = messages;
	}

	static String base(CityWorkspace workspace) {
		return "/my/cities/" + workspace.slug() + "/matchcentrum";
	}

	@GetMapping
	String matchcentrum(CityWorkspace workspace, Model model) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("base", base(workspace));
		model.addAttribute("gaps", matchmaking.gapsOf(workspace.cityId()));
		model.addAttribute("learnFrom", matchmaking.toLearnFrom(workspace.cityId()));
		model.addAttribute("couldLearn", matchmaking.couldLearnFromYou(workspace.cityId()));
		var pairings = views.of(workspace.cityId());
		model.addAttribute("pairings", pairings);
		model.addAttribute("paired", pairings.stream()
			.filter(p -> p.status().open())
			.map(PairingView::otherSlug)
			.collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("canAsk", workspace.canEditPlan());
		return "matching/matchcentrum";
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@GetMapping("/ask/{other}")
	String askForm(CityWorkspace workspace, @PathVariable String other,
			@RequestParam(defaultValue = "learner") String role, Model model) {
		model.addAttribute("pairingForm", PairingForm.empty(practiceOf(workspace, other, role)));
		return askPage(workspace, other, role, model);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/ask/{other}")
	String ask(CityWorkspace workspace, @PathVariable String other, @RequestParam(defaultValue = "learner") String role,
			@Valid @ModelAttribute("pairingForm") PairingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return askPage(workspace, other, role, model);
		}
		Pairing pairing = peerLearning.ask(workspace, other, "mentor".equals(role), form.wish(), form.practiceId());
		redirect.addFlashAttribute("flash", messages.getMessage("matching.ask.sent", null, LocaleContextHolder.getLocale()));
		return "redirect:" + base(workspace) + "/pairings/" + pairing.getId();
	}

	private String askPage(CityWorkspace workspace, String other, String role, Model model) {
		City city = otherCity(workspace, other);
		boolean mentor = "mentor".equals(role);
		model.addAttribute("workspace", workspace);
		model.addAttribute("base", base(workspace));
		model.addAttribute("other", city);
		model.addAttribute("mentor", mentor);
		model.addAttribute("match", (mentor ? matchmaking.matchForTeacher(city.getId(), workspace.cityId())
				: matchmaking.match(workspace.cityId(), city.getId())).orElse(null));
		return "matching/ask";
	}

	/** The practice the match names first (the asker's when it offers to mentor), for the request to carry. */
	private String practiceOf(CityWorkspace workspace, String other, String role) {
		City city = otherCity(workspace, other);
		boolean mentor = "mentor".equals(role);
		return matchmaking.coveringPractice(mentor ? city.getId() : workspace.cityId(),
				mentor ? workspace.cityId() : city.getId()).orElse("");
	}

	private City otherCity(CityWorkspace workspace, String other) {
		City city = directory.find(other).orElseThrow(PairingNotFound::new);
		if (city.getId().equals(workspace.cityId())) {
			throw new PairingNotFound();
		}
		return city;
	}

}
