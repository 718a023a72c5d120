package org.inclusivecities.platform.members.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.CityMembers;
import org.inclusivecities.platform.people.Invitation;
import org.inclusivecities.platform.people.InvitationsForAddress;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.security.ProviderInvitee;
import org.inclusivecities.platform.security.ProviderInvitees;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Someone invited who signed in with a provider from the sign-in page, without the mail's link and without an
 * account: their open invitations (city, roles), each to accept (no password: they sign in through the provider)
 * or decline. Without a fresh provider sign-in in the session this page sends them to sign in.
 */
@Controller
class ProviderInvitationsController {

	private final InvitationsForAddress invitations;

	private final ProviderInvitees invitees;

	private final Cities cities;

	private final MessageSource messages;

	ProviderInvitationsController(InvitationsForAddress invitations, ProviderInvitees invitees, Cities cities,
			MessageSource messages) {
		this.invitations = invitations;
		this.invitees = invitees;
		this.cities = cities;
		this.messages = messages;
	}

	@GetMapping("/signin/invitations")
	String show(HttpServletRequest request, Model model) {
		Optional<ProviderInvitee> invitee = invitees.current(request);
		if (invitee.isEmpty()) {
			return "redirect:/login";
		}
		model.addAttribute("rows", InvitationRow.of(invitations.open(invitee.get().email()), cities));
		model.addAttribute("address", invitee.get().email());
		model.addAttribute("actions", "/signin/invitations");
		model.addAttribute("signedIn", false);
		return "people/provider-invitations";
	}

	@PostMapping("/signin/invitations/{id}/accept")
	String accept(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Locale locale,
			RedirectAttributes redirect) {
		Optional<ProviderInvitee> found = invitees.current(request);
		if (found.isEmpty()) {
			return "redirect:/login";
		}
		ProviderInvitee invitee = found.get();
		Invitation invitation = invitations.find(id, invitee.email());
		Person person = invitations.accept(id, invitee.email(),
				new CityMembers.NewAccount(invitee.displayName(), invitee.language(), null));
		invitees.signIn(person, invitee, request, response);
		String city = cities.findById(invitation.getCityId()).map(City::getName).orElse("");
		redirect.addFlashAttribute("flash", messages.getMessage("people.provider.joined", new Object[] { city }, locale));
		return invitations.open(invitee.email()).isEmpty() ? "redirect:/my" : "redirect:/signin/invitations";
	}

	@PostMapping("/signin/invitations/{id}/decline")
	String decline(@PathVariable String id, HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
		Optional<ProviderInvitee> found = invitees.current(request);
		if (found.isEmpty()) {
			return "redirect:/login";
		}
		Invitation invitation = invitations.find(id, found.get().email());
		invitations.decline(id, found.get().email());
		String city = cities.findById(invitation.getCityId()).map(City::getName).orElse("");
		redirect.addFlashAttribute("flash", messages.getMessage("people.provider.declined", new Object[] { city }, locale));
		return "redirect:/signin/invitations";
	}

}
