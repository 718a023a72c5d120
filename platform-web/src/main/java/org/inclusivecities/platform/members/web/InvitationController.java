package org.inclusivecities.platform.members.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.layout.FormErrors;
import org.inclusivecities.platform.people.CityMembers;
import org.inclusivecities.platform.people.Invitation;
import org.inclusivecities.platform.people.InvitationNotFound;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.PasswordPolicy;
import org.inclusivecities.platform.security.PendingInvitation;
import org.inclusivecities.platform.security.SignInProviders;

import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accepting an invitation from its mailed link: a new person chooses a name and password, someone with
 * an account just accepts; with a sign-in provider configured, anyone may accept through it instead. Unknown tokens answer 404, used or expired ones 410; nothing changes then.
 */
@Controller
class InvitationController {

	private final CityMembers members;

	private final Cities cities;

	private final PasswordEncoder passwordEncoder;

	private final MessageSource messages;

	private final SignInProviders providers;

	InvitationController(CityMembers members, Cities cities, PasswordEncoder passwordEncoder,
			MessageSource messages, SignInProviders providers) {
		this.providers = providers;
		this.members = members;
		this.cities = cities;
		this.passwordEncoder = passwordEncoder;
		this.messages = messages;
	}

	@GetMapping("/invitations/{token}")
	String show(@PathVariable String token, Model model) {
		Invitation invitation = members.open(token);
		if (!model.containsAttribute("acceptForm")) {
			model.addAttribute("acceptForm", new AcceptForm(null, null, null));
		}
		return page(invitation, token, model);
	}

	@PostMapping("/invitations/{token}")
	String accept(@PathVariable String token, @ModelAttribute("acceptForm") AcceptForm form,
			BindingResult result, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		Invitation invitation = members.open(token);
		CityMembers.NewAccount account = null;
		if (members.needsAccount(invitation)) {
			if (form.displayName() == null || form.displayName().isBlank()) {
				result.rejectValue("displayName", "people.error.displayName");
			}
			else if (form.displayName().strip().length() > AcceptForm.MAX_NAME) {
				result.rejectValue("displayName", "people.error.displayName.size");
			}
			for (String problem : PasswordPolicy.problems(form.password(), invitation.getEmail())) {
				result.rejectValue("password", problem);
			}
			if (!result.hasFieldErrors("password") && !form.password().equals(form.confirmPassword())) {
				result.rejectValue("confirmPassword", "people.error.password.mismatch");
			}
			if (result.hasErrors()) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				model.addAttribute("errors", FormErrors.of(result, messages, locale));
				return page(invitation, token, model);
			}
			account = new CityMembers.NewAccount(form.displayName().strip(), Language.of(locale),
					passwordEncoder.encode(form.password()));
		}
		members.accept(token, account);
		City city = cities.findById(invitation.getCityId()).orElseThrow(InvitationNotFound::new);
		redirect.addFlashAttribute("flash", messages.getMessage("people.accepted", new Object[] { city.getName() }, locale));
		return "redirect:/login";
	}

	/**
	 * "Accept with ...": the invitation waits in the session while the person signs in at the provider, and is
	 * accepted when the provider vouches for the invited address ({@code OidcAccounts}); no password is created.
	 */
	@GetMapping("/invitations/{token}/sign-in/{provider}")
	String signInToAccept(@PathVariable String token, @PathVariable String provider, HttpServletRequest request) {
		members.open(token);
		String id = providers.find(provider).orElseThrow(InvitationNotFound::new).id();
		PendingInvitation.remember(request.getSession(), token);
		return "redirect:/oauth2/authorization/" + id;
	}

	private String page(Invitation invitation, String token, Model model) {
		model.addAttribute("providers", providers.all());
		model.addAttribute("invitation", invitation);
		model.addAttribute("token", token);
		model.addAttribute("city", cities.findById(invitation.getCityId()).orElseThrow(InvitationNotFound::new));
		model.addAttribute("needsAccount", members.needsAccount(invitation));
		return "people/invitation";
	}

}
