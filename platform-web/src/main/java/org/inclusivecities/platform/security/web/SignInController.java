package org.inclusivecities.platform.security.web;

import org.inclusivecities.platform.security.SignInProperties;
import org.inclusivecities.platform.security.SignInProviders;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page: email and password (Spring Security processes the POST) and a "Sign in with ..." link
 * per configured OpenID Connect provider; plus the pages a refused single sign-on ends on.
 */
@Controller
class SignInController {

	private final SignInProviders providers;

	private final long lockMinutes;

	SignInController(SignInProviders providers, SignInProperties properties) {
		this.lockMinutes = properties.window().toMinutes();
		this.providers = providers;
	}

	@GetMapping("/login")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			Model model) {
		model.addAttribute("problem",
				locked != null ? "signin.error.locked" : error != null ? "signin.error.credentials" : null);
		model.addAttribute("providers", providers.all());
		model.addAttribute("lockMinutes", lockMinutes);
		return "security/login";
	}

	@GetMapping("/signin/not-invited")
	String notInvited() {
		return "security/not-invited";
	}

	@GetMapping("/signin/other-email")
	String otherEmail() {
		return "security/other-email";
	}

	@GetMapping("/signin/email-not-verified")
	String emailNotVerified() {
		return "security/email-not-verified";
	}

}
