package org.inclusivecities.platform.plan.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.ConsentBasis;
import org.inclusivecities.platform.plan.CouncilConsents;
import org.inclusivecities.platform.plan.CouncilMember;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.web.Forms.ConsentForm;
import org.inclusivecities.platform.tenancy.AnyMember;
import org.inclusivecities.platform.tenancy.CityWorkspace;

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

/**
 * One council member's consent to be named: its history (who recorded what, when, on which basis), a new consent,
 * and withdrawal. Plan editors record on the member's behalf; a member linked to their own account chooses for
 * themselves (recorded as given by themselves). Anyone else in the city only reads, and another city sees nothing.
 */
@Controller
@RequestMapping("/my/cities/{slug}/plan/council/{memberId}/consent")
class CouncilConsentController {

	private final CouncilConsents consents;

	private final MessageSource messages;

	private final Clock clock;

	CouncilConsentController(CouncilConsents consents, MessageSource messages, Clock clock) {
		this.consents = consents;
		this.messages = messages;
		this.clock = clock;
	}

	static String path(CityWorkspace workspace, String memberId) {
		return PlanWeb.base(workspace) + "/council/" + memberId + "/consent";
	}

	@GetMapping
	String show(CityWorkspace workspace, @PathVariable String memberId, Model model) {
		CouncilMember member = consents.memberNamedAnywhere(workspace.cityId(), memberId);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ConsentForm.EMPTY);
		}
		model.addAttribute("workspace", workspace);
		model.addAttribute("base", PlanWeb.base(workspace));
		model.addAttribute("member", member);
		model.addAttribute("self", isSelf(workspace, member));
		model.addAttribute("canRecord", consents.inCouncil(workspace.cityId(), memberId)
				&& (workspace.canEditPlan() || isSelf(workspace, member)));
		model.addAttribute("canWithdraw", workspace.canEditPlan() || isSelf(workspace, member));
		model.addAttribute("current", consents.now(workspace.cityId()).of(memberId).orElse(null));
		model.addAttribute("history", consents.history(workspace.cityId(), memberId));
		model.addAttribute("bases", ConsentForm.RECORDED_BASES);
		model.addAttribute("today", LocalDate.now(clock));
		return "plan/consent";
	}

	/** Records a consent: a plan editor for the member, or the member for themselves (then given today, by them). */
	@AnyMember
	@PostMapping
	String record(CityWorkspace workspace, @PathVariable String memberId, @ModelAttribute("form") ConsentForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		CouncilMember member = consents.member(workspace.cityId(), memberId);
		boolean self = isSelf(workspace, member);
		if (!self) {
			workspace.require(Role.CITY_ADMIN, Role.COUNCIL_MEMBER);
		}
		LocalDate today = LocalDate.now(clock);
		if (self) {
			// the member chooses only the scope: given by themselves, today
			form.checkScope(errors, "scope");
		}
		else {
			form.check(errors, today, "scope");
		}
		if (!errors.hasErrors()) {
			try {
				consents.record(workspace.cityId(), memberId, form.toScope(),
						self ? ConsentBasis.BY_THEMSELVES : form.toBasis(), self ? today : form.toGivenOn(),
						PlanWeb.editor(workspace));
				return done(workspace, memberId, "plan.consent.recorded", member, redirect);
			}
			catch (InvalidPlanContent ex) {
				PlanWeb.reject(errors, ex);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return show(workspace, memberId, model);
	}

	/** Withdraws the consent in force, at once, from every published version and every public representation. */
	@AnyMember
	@PostMapping("/withdraw")
	String withdraw(CityWorkspace workspace, @PathVariable String memberId, RedirectAttributes redirect) {
		CouncilMember member = consents.memberNamedAnywhere(workspace.cityId(), memberId);
		if (!isSelf(workspace, member)) {
			workspace.require(Role.CITY_ADMIN, Role.COUNCIL_MEMBER);
		}
		consents.withdraw(workspace.cityId(), memberId, PlanWeb.editor(workspace));
		return done(workspace, memberId, "plan.consent.withdrawn", member, redirect);
	}

	private String done(CityWorkspace workspace, String memberId, String key, CouncilMember member,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash",
				messages.getMessage(key, new Object[] { member.name() }, LocaleContextHolder.getLocale()));
		return "redirect:" + path(workspace, memberId);
	}

	private static boolean isSelf(CityWorkspace workspace, CouncilMember member) {
		return member.personId() != null && member.personId().equals(workspace.person().getId());
	}

}
