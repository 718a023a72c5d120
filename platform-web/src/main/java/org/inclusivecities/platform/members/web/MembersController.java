package org.inclusivecities.platform.members.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.inclusivecities.platform.layout.FormErrors;
import org.inclusivecities.platform.layout.SiteUrl;
import org.inclusivecities.platform.people.AlreadyMember;
import org.inclusivecities.platform.people.CityMembers;
import org.inclusivecities.platform.people.Invitation;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.LastCityAdmin;
import org.inclusivecities.platform.people.MembershipChange;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.session.SignedInSessions;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A city's members. Every member may see the list; only city administrators invite, change roles and
 * remove (anyone else gets 404, as for a foreign city: {@link CityWorkspace#require}).
 */
@Controller
class MembersController {

	private final CityMembers members;

	private final People people;

	private final SiteUrl siteUrl;

	private final MessageSource messages;

	private final java.time.Clock clock;

	private final SignedInSessions sessions;

	MembersController(CityMembers members, People people, SiteUrl siteUrl, MessageSource messages,
			java.time.Clock clock, SignedInSessions sessions) {
		this.sessions = sessions;
		this.clock = clock;
		this.members = members;
		this.people = people;
		this.siteUrl = siteUrl;
		this.messages = messages;
	}

	@GetMapping("/my/cities/{slug}/members")
	String list(CityWorkspace workspace, Model model, Locale locale) {
		if (!model.containsAttribute("inviteForm")) {
			model.addAttribute("inviteForm", InviteForm.empty(Language.of(locale)));
		}
		return show(workspace, model);
	}

	@RequiresRole(Role.CITY_ADMIN)
	@PostMapping("/my/cities/{slug}/members/invitations")
	String invite(CityWorkspace workspace, @Valid @ModelAttribute("inviteForm") InviteForm form, BindingResult result,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		var roles = RoleChoices.roles(form.roles(), result);
		var language = RoleChoices.language(form.language(), result);
		if (!result.hasErrors()) {
			try {
				Invitation invitation = members.invite(workspace.cityId(), workspace.city().getName(), form.email(),
						roles, workspace.person(), language, siteUrl.current());
				redirect.addFlashAttribute("flash",
						messages.getMessage("people.invited", new Object[] { invitation.getEmail() }, locale));
				return "redirect:/my/cities/" + workspace.slug() + "/members";
			}
			catch (AlreadyMember ex) {
				result.rejectValue("email", "people.error.email.member");
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("errors", FormErrors.of(result, messages, locale));
		return show(workspace, model);
	}

	@RequiresRole(Role.CITY_ADMIN)
	@GetMapping("/my/cities/{slug}/members/{personId}")
	String member(CityWorkspace workspace, @PathVariable String personId, Model model) {
		Person member = members.member(workspace.cityId(), personId);
		model.addAttribute("workspace", workspace);
		model.addAttribute("member", member);
		if (!model.containsAttribute("rolesForm")) {
			model.addAttribute("rolesForm", RolesForm.of(member.membershipIn(workspace.cityId()).orElseThrow().roles()));
		}
		model.addAttribute("allRoles", Role.values());
		return "people/member";
	}

	@RequiresRole(Role.CITY_ADMIN)
	@PostMapping("/my/cities/{slug}/members/{personId}/roles")
	String changeRoles(CityWorkspace workspace, @PathVariable String personId,
			@Valid @ModelAttribute("rolesForm") RolesForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Person member = members.member(workspace.cityId(), personId);
		var roles = RoleChoices.roles(form.roles(), result);
		if (!result.hasErrors()) {
			try {
				Set<Role> before = member.membershipIn(workspace.cityId()).map(m -> m.roles()).orElse(Set.of());
				members.changeRoles(workspace.cityId(), personId, roles, workspace.person().getId());
				if (!roles.containsAll(before)) {
					// a role taken away: the member signs in again, wherever they were signed in
					sessions.endOthersOf(personId);
				}
				redirect.addFlashAttribute("flash",
						messages.getMessage("people.roles.changed", new Object[] { member.getDisplayName() }, locale));
				return "redirect:/my/cities/" + workspace.slug() + "/members";
			}
			catch (LastCityAdmin ex) {
				result.rejectValue("roles", "people.error.last-admin");
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
		}
		else {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("errors", FormErrors.of(result, messages, locale));
		return member(workspace, personId, model);
	}

	@RequiresRole(Role.CITY_ADMIN)
	@PostMapping("/my/cities/{slug}/members/{personId}/remove")
	String remove(CityWorkspace workspace, @PathVariable String personId, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Person member = members.member(workspace.cityId(), personId);
		try {
			members.remove(workspace.cityId(), personId, workspace.person().getId());
			sessions.endOthersOf(personId);
		}
		catch (LastCityAdmin ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("errors", Map.of("roles", messages.getMessage("people.error.last-admin.remove", null, locale)));
			return member(workspace, personId, model);
		}
		redirect.addFlashAttribute("flash",
				messages.getMessage("people.removed", new Object[] { member.getDisplayName() }, locale));
		return "redirect:/my/cities/" + workspace.slug() + "/members";
	}

	private String show(CityWorkspace workspace, Model model) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("members", members.members(workspace.cityId()));
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("languages", Language.values());
		model.addAttribute("isAdmin", workspace.has(Role.CITY_ADMIN));
		if (workspace.has(Role.CITY_ADMIN)) {
			var invitations = members.invitations(workspace.cityId());
			var history = members.history(workspace.cityId());
			Map<String, String> inviters = java.util.stream.Stream
				.of(invitations.stream().map(Invitation::getInvitedBy),
						history.stream().map(MembershipChange::actorId),
						history.stream().map(MembershipChange::personId))
				.flatMap(ids -> ids)
				.filter(java.util.Objects::nonNull)
				.distinct()
				.map(people::findById)
				.flatMap(java.util.Optional::stream)
				.collect(Collectors.toMap(Person::getId, Person::getDisplayName, (a, b) -> a));
			model.addAttribute("invitations", invitations);
			model.addAttribute("inviters", inviters);
			model.addAttribute("history", history);
			java.time.Instant now = clock.instant();
			model.addAttribute("states", invitations.stream()
				.collect(Collectors.toMap(Invitation::getId,
						i -> i.getAcceptedAt() != null ? "accepted" : i.isOpen(now) ? "open" : "expired")));
		}
		return "people/members";
	}

}
