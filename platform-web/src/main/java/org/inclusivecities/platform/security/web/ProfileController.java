package org.inclusivecities.platform.security.web;

import java.util.Locale;

import jakarta.validation.Valid;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.security.PasswordChanged;
import org.inclusivecities.platform.security.PersonalApiTokens;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in person's own account: their password and their personal API tokens. */
@Controller
class ProfileController {

	private final People people;

	private final PersonalApiTokens tokens;

	private final PasswordEncoder encoder;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	ProfileController(People people, PersonalApiTokens tokens, PasswordEncoder encoder, MessageSource messages,
			ApplicationEventPublisher events) {
		this.events = events;
		this.people = people;
		this.tokens = tokens;
		this.encoder = encoder;
		this.messages = messages;
	}

	@GetMapping("/my/profile")
	String profile(@AuthenticationPrincipal PlatformPrincipal principal, Model model) {
		model.addAttribute("passwordForm", new ChangePasswordForm("", "", ""));
		model.addAttribute("tokenForm", new TokenForm("", ""));
		return show(person(principal), model);
	}

	@PostMapping("/my/profile/password")
	String changePassword(@AuthenticationPrincipal PlatformPrincipal principal,
			@ModelAttribute("passwordForm") ChangePasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		Person person = person(principal);
		if (person.getPasswordHash() != null
				&& (form.currentPassword() == null || !encoder.matches(form.currentPassword(), person.getPasswordHash()))) {
			result.rejectValue("currentPassword", "security.profile.current.wrong");
		}
		Passwords.check(form.password() == null ? "" : form.password(), form.confirmation(), person.getEmail(), result);
		if (result.hasErrors()) {
			model.addAttribute("tokenForm", new TokenForm("", ""));
			return show(person, model);
		}
		person.changePassword(encoder.encode(form.password()));
		people.save(person);
		// this browser stays signed in; every other session of the person ends
		events.publishEvent(new PasswordChanged(person.getId()));
		redirect.addFlashAttribute("flash", messages.getMessage("security.profile.password.changed", null, locale));
		return "redirect:/my/profile";
	}

	@PostMapping("/my/profile/tokens")
	String createToken(@AuthenticationPrincipal PlatformPrincipal principal,
			@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		Person person = person(principal);
		if (result.hasErrors()) {
			model.addAttribute("passwordForm", new ChangePasswordForm("", "", ""));
			return show(person, model);
		}
		PersonalApiTokens.Created created = tokens.create(person.getId(), form.name(), form.days());
		redirect.addFlashAttribute("newToken", created.value());
		redirect.addFlashAttribute("flash", messages.getMessage("security.token.created", null, locale));
		return "redirect:/my/profile";
	}

	@PostMapping("/my/profile/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
			RedirectAttributes redirect, Locale locale) {
		if (!tokens.revoke(person(principal).getId(), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("security.token.revoked", null, locale));
		return "redirect:/my/profile";
	}

	private String show(Person person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("tokens", tokens.of(person.getId()));
		return "security/profile";
	}

	private Person person(PlatformPrincipal principal) {
		return people.findById(principal.personId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
