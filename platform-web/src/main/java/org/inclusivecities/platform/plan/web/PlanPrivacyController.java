package org.inclusivecities.platform.plan.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.PlanDetail;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.PlanPrivacy;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The city's choice of what the public sees of its published plan: each part, and the sensitive details (private
 * until chosen). A city admin's decision; every member sees the choice.
 */
@Controller
@RequestMapping("/my/cities/{slug}/plan/privacy")
class PlanPrivacyController {

	private final ActionPlanService plans;

	private final MessageSource messages;

	PlanPrivacyController(ActionPlanService plans, MessageSource messages) {
		this.plans = plans;
		this.messages = messages;
	}

	@GetMapping
	String show(CityWorkspace workspace, Model model) {
		return page(workspace, plans.privacy(workspace.cityId()), false, model);
	}

	@RequiresRole(Role.CITY_ADMIN)
	@PostMapping
	String save(CityWorkspace workspace, @RequestParam(required = false) List<String> publicParts,
			@RequestParam(required = false) List<String> publicDetails, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		EnumSet<PlanPart> shown = EnumSet.noneOf(PlanPart.class);
		Set<PlanDetail> details = EnumSet.noneOf(PlanDetail.class);
		boolean unknown = false;
		for (String slug : publicParts == null ? List.<String>of() : publicParts) {
			Optional<PlanPart> part = PlanPart.fromSlug(slug);
			part.ifPresent(shown::add);
			unknown |= part.isEmpty();
		}
		for (String name : publicDetails == null ? List.<String>of() : publicDetails) {
			Optional<PlanDetail> detail = EnumSet.allOf(PlanDetail.class).stream().filter(d -> d.name().equals(name)).findFirst();
			detail.ifPresent(details::add);
			unknown |= detail.isEmpty();
		}
		PlanPrivacy privacy = new PlanPrivacy(EnumSet.complementOf(shown), details);
		if (unknown) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(workspace, privacy, true, model);
		}
		plans.choosePrivacy(workspace.cityId(), privacy);
		redirect.addFlashAttribute("flash", messages.getMessage("plan.privacy.saved", null, LocaleContextHolder.getLocale()));
		return "redirect:" + PlanWeb.base(workspace) + "/privacy";
	}

	private String page(CityWorkspace workspace, PlanPrivacy privacy, boolean unknown, Model model) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("base", PlanWeb.base(workspace));
		model.addAttribute("privacy", privacy);
		model.addAttribute("parts", java.util.Arrays.stream(PlanPart.values())
			.map(p -> new Choice(p.slug(), "plan.part." + p.slug(), privacy.shows(p)))
			.toList());
		model.addAttribute("details", java.util.Arrays.stream(PlanDetail.values())
			.map(d -> new Choice(d.name(), "plan.privacy.detail." + d.name(), privacy.shownDetails().contains(d)))
			.toList());
		model.addAttribute("canChoose", workspace.has(Role.CITY_ADMIN));
		model.addAttribute("errors", unknown ? java.util.Map.of("publicParts",
				messages.getMessage("plan.privacy.error.unknown", null, LocaleContextHolder.getLocale())) : java.util.Map.of());
		return "plan/privacy";
	}

	/** One checkbox: the value posted, the message key of its label, and whether it is ticked. */
	record Choice(String value, String label, boolean checked) {
	}

}
