package org.inclusivecities.platform.members.web;

import java.util.List;
import java.util.Locale;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.CityMembers;
import org.inclusivecities.platform.people.Invitation;
import org.inclusivecities.platform.people.InvitationsForAddress;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.security.PlatformPrincipal;
import org.inclusivecities.platform.tenancy.NotAMember;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in person's open invitations to other cities, sent to the address they sign in with: each to accept
 * (the roles join those they hold; nothing else about their account changes) or decline. An id that is not an open
 * invitation to their own address is a 404, like any other.
 */
@Controller
class MyInvitationsController {

	static final String PAGE = "/my/invitations";

	private final InvitationsForAddress invitations;

	private final People people;

	private final Cities cities;

	private final MessageSource messages;

	MyInvitationsController(InvitationsForAddress invitations, People people, Cities cities, MessageSource messages) {
		this.invitations = invitations;
		this.people = people;
		this.cities = cities;
		this.messages = messages;
	}

	@GetMapping(PAGE)
	String show(@AuthenticationPrincipal PlatformPrincipal principal, Model model) {
		Person person = me(principal);
		List<InvitationRow> rows = InvitationRow.of(invitations.open(person.getEmail()), cities);
		model.addAttribute("rows", rows);
		model.addAttribute("address", person.getEmail());
		model.addAttribute("actions", PAGE);
		model.addAttribute("signedIn", true);
		return "people/provider-invitations";
	}

	@PostMapping(PAGE + "/{id}/accept")
	String accept(@PathVariable String id, @AuthenticationPrincipal PlatformPrincipal principal, Locale locale,
			RedirectAttributes redirect) {
		Person person = me(principal);
		Invitation invitation = invitations.find(id, person.getEmail());
		// the account exists: only one made through a sign-in provider is asked for more, and it keeps no password
		invitations.accept(id, person.getEmail(),
				new CityMembers.NewAccount(person.getDisplayName(), person.getLanguage(), null));
		redirect.addFlashAttribute("flash", messages.getMessage("people.mine.joined", new Object[] { city(invitation) },
				locale));
		return invitations.open(person.getEmail()).isEmpty() ? "redirect:/my" : "redirect:" + PAGE;
	}

	@PostMapping(PAGE + "/{id}/decline")
	String decline(@PathVariable String id, @AuthenticationPrincipal PlatformPrincipal principal, Locale locale,
			RedirectAttributes redirect) {
		Person person = me(principal);
		Invitation invitation = invitations.find(id, person.getEmail());
		invitations.decline(id, person.getEmail());
		redirect.addFlashAttribute("flash", messages.getMessage("people.provider.declined",
				new Object[] { city(invitation) }, locale));
		return "redirect:" + PAGE;
	}

	private Person me(PlatformPrincipal principal) {
		return people.findById(principal.personId()).orElseThrow(NotAMember::new);
	}

	private String city(Invitation invitation) {
		return cities.findById(invitation.getCityId()).map(City::getName).orElse("");
	}

}
