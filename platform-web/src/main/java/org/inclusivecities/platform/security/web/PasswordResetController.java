package org.inclusivecities.platform.security.web;

import java.util.Locale;

import jakarta.validation.Valid;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.security.PasswordResets;
import org.inclusivecities.platform.layout.SiteUrl;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Forgot your password?": ask for a link, get the same answer whatever the address, set a new password. */
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	private final SiteUrl siteUrl;

	private final MessageSource messages;

	PasswordResetController(PasswordResets resets, SiteUrl siteUrl, MessageSource messages) {
		this.resets = resets;
		this.siteUrl = siteUrl;
		this.messages = messages;
	}

	@GetMapping("/password-reset")
	String requestForm(Model model) {
		model.addAttribute("form", new EmailForm(""));
		return "security/forgot-password";
	}

	@PostMapping("/password-reset")
	String request(@Valid @ModelAttribute("form") EmailForm form, BindingResult result) {
		if (result.hasErrors()) {
			return "security/forgot-password";
		}
		resets.request(form.email(), siteUrl.current());
		return "redirect:/password-reset/sent";
	}

	@GetMapping("/password-reset/sent")
	String sent() {
		return "security/reset-sent";
	}

	@GetMapping("/password-reset/{token}")
	String newPasswordForm(@PathVariable String token, Model model) {
		if (resets.personFor(token).isEmpty()) {
			return "security/reset-invalid";
		}
		model.addAttribute("form", new NewPasswordForm("", ""));
		return "security/reset-password";
	}

	@PostMapping("/password-reset/{token}")
	String reset(@PathVariable String token, @ModelAttribute("form") NewPasswordForm form, BindingResult result,
			RedirectAttributes redirect, Locale locale) {
		Person person = resets.personFor(token).orElse(null);
		if (person == null) {
			return "security/reset-invalid";
		}
		Passwords.check(nullToEmpty(form.password()), form.confirmation(), person.getEmail(), result);
		if (result.hasErrors()) {
			return "security/reset-password";
		}
		if (!resets.reset(token, form.password())) {
			return "security/reset-invalid";
		}
		redirect.addFlashAttribute("flash", messages.getMessage("security.reset.done", null, locale));
		return "redirect:/login";
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
