package org.inclusivecities.platform.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.inclusivecities.platform.plan.monitoring.MonitoringStatus;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.PlanPublisher;
import org.inclusivecities.platform.plan.PlanReadiness;
import org.inclusivecities.platform.plan.PlanUnchanged;
import org.inclusivecities.platform.plan.PublishedPlan;
import org.inclusivecities.platform.plan.PublishingRights;
import org.inclusivecities.platform.plan.PublicationProposal;
import org.inclusivecities.platform.plan.PublishedPlans;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.NotAMember;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The plan overview with the live charter checklist, publishing, history and differences between versions.
 * Publishing is the city admin's decision: a council member proposes it (the admins get a mail and an entry in
 * their waiting list), an admin publishes or declines with a reason the proposer is mailed.
 */
@Controller
@RequestMapping("/my/cities/{slug}/plan")
class PlanOverviewController {

	private final ActionPlanService plans;

	private final PlanReadiness readiness;

	private final PlanPublisher publisher;

	private final PublishedPlans published;

	private final MonitoringStatus monitoring;

	private final MessageSource messages;

	private final PublicationMail mail;

	PlanOverviewController(ActionPlanService plans, PlanReadiness readiness, PlanPublisher publisher,
			PublishedPlans published, MonitoringStatus monitoring, MessageSource messages, PublicationMail mail) {
		this.mail = mail;
		this.plans = plans;
		this.readiness = readiness;
		this.publisher = publisher;
		this.published = published;
		this.monitoring = monitoring;
		this.messages = messages;
	}

	@GetMapping
	String overview(CityWorkspace workspace, Model model) {
		model.addAttribute("declineForm", DeclineForm.empty());
		return page(workspace, model);
	}

	private String page(CityWorkspace workspace, Model model) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("base", PlanWeb.base(workspace));
		model.addAttribute("plan", plans.draft(workspace.cityId()));
		model.addAttribute("parts", PlanPart.values());
		model.addAttribute("readiness", readiness.assess(workspace.cityId()));
		model.addAttribute("latest", published.findLatestByCityId(workspace.cityId()).orElse(null));
		model.addAttribute("onHold", monitoring.isOnHold(workspace.cityId()));
		model.addAttribute("canEdit", workspace.canEditPlan());
		model.addAttribute("canPublish", mayPublish(workspace));
		model.addAttribute("isAdmin", workspace.has(Role.CITY_ADMIN));
		model.addAttribute("rights", plans.publishingRights(workspace.cityId()));
		model.addAttribute("allRights", PublishingRights.values());
		model.addAttribute("proposal", plans.draft(workspace.cityId()).publicationProposal().orElse(null));
		return "plan/overview";
	}

	/** Whether this person may publish: a city admin, or a council member where the admins let the council publish. */
	private boolean mayPublish(CityWorkspace workspace) {
		return plans.publishingRights(workspace.cityId())
			.allows(workspace.has(Role.CITY_ADMIN), workspace.has(Role.COUNCIL_MEMBER));
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/publish")
	String publish(CityWorkspace workspace, RedirectAttributes redirect) {
		if (!mayPublish(workspace)) {
			// checked when publishing, not only when the page was drawn: the admins may have changed who publishes
			throw new NotAMember();
		}
		var editor = PlanWeb.editor(workspace);
		String message;
		try {
			PublishedPlan version = publisher.publish(workspace.cityId(), editor);
			mail.published(workspace, version);
			message = messages.getMessage("plan.published", new Object[] { version.getLabel() },
					LocaleContextHolder.getLocale());
		}
		catch (PlanUnchanged unchanged) {
			message = messages.getMessage("plan.publish.unchanged", null, LocaleContextHolder.getLocale());
		}
		redirect.addFlashAttribute("flash", message);
		return "redirect:" + PlanWeb.base(workspace);
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/publish/propose")
	String propose(CityWorkspace workspace, RedirectAttributes redirect) {
		String message;
		try {
			PublicationProposal proposal = publisher.propose(workspace.cityId(), PlanWeb.editor(workspace));
			mail.proposed(workspace, proposal);
			message = messages.getMessage("plan.publish.proposed", null, LocaleContextHolder.getLocale());
		}
		catch (PlanUnchanged unchanged) {
			message = messages.getMessage("plan.publish.unchanged", null, LocaleContextHolder.getLocale());
		}
		redirect.addFlashAttribute("flash", message);
		return "redirect:" + PlanWeb.base(workspace);
	}

	@RequiresRole(Role.CITY_ADMIN)
	@PostMapping("/publish/rights")
	String chooseRights(CityWorkspace workspace, @RequestParam(required = false) String rights,
			RedirectAttributes redirect) {
		PublishingRights chosen = PublishingRights.CITY_ADMINS;
		for (PublishingRights r : PublishingRights.values()) {
			if (r.name().equals(rights)) {
				chosen = r;
			}
		}
		plans.choosePublishingRights(workspace.cityId(), chosen);
		redirect.addFlashAttribute("flash", messages.getMessage("plan.publish.rights.saved." + chosen, null,
				LocaleContextHolder.getLocale()));
		return "redirect:" + PlanWeb.base(workspace) + "#publish";
	}

	@RequiresRole(Role.CITY_ADMIN)
	@PostMapping("/publish/decline")
	String decline(CityWorkspace workspace, @Valid @ModelAttribute("declineForm") DeclineForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(workspace, model);
		}
		publisher.decline(workspace.cityId())
			.ifPresent(declined -> mail.declined(workspace, declined, form.reason().strip()));
		redirect.addFlashAttribute("flash",
				messages.getMessage("plan.publish.declined", null, LocaleContextHolder.getLocale()));
		return "redirect:" + PlanWeb.base(workspace);
	}

	@GetMapping("/history")
	String history(CityWorkspace workspace, Model model) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("base", PlanWeb.base(workspace));
		model.addAttribute("versions", publisher.history(workspace.cityId()));
		return "plan/history";
	}

	@GetMapping("/history/{number}")
	String version(CityWorkspace workspace, @org.springframework.web.bind.annotation.PathVariable int number,
			Model model) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("base", PlanWeb.base(workspace));
		model.addAttribute("version", publisher.version(workspace.cityId(), number));
		model.addAttribute("parts", PlanPart.values());
		return "plan/version";
	}

	@GetMapping("/diff")
	String diff(CityWorkspace workspace, @RequestParam int from, @RequestParam int to, Model model) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("base", PlanWeb.base(workspace));
		model.addAttribute("from", publisher.version(workspace.cityId(), from));
		model.addAttribute("to", publisher.version(workspace.cityId(), to));
		model.addAttribute("changes", publisher.diff(workspace.cityId(), from, to));
		return "plan/diff";
	}

}
