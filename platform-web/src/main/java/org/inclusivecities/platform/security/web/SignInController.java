package org.inclusivecities.platform.security.web;

import java.util.ArrayList;
import java.util.List;

import org.inclusivecities.platform.security.SignInProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
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

	private final List<Provider> providers = new ArrayList<>();

	private final long lockMinutes;

	SignInController(ObjectProvider<ClientRegistrationRepository> registrations, SignInProperties properties) {
		this.lockMinutes = properties.window().toMinutes();
		if (registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object registration : all) {
				ClientRegistration client = (ClientRegistration) registration;
				providers.add(new Provider(client.getRegistrationId(), client.getClientName()));
			}
		}
	}

	@GetMapping("/login")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			Model model) {
		model.addAttribute("problem",
				locked != null ? "signin.error.locked" : error != null ? "signin.error.credentials" : null);
		model.addAttribute("providers", providers);
		model.addAttribute("lockMinutes", lockMinutes);
		return "security/login";
	}

	@GetMapping("/signin/not-invited")
	String notInvited() {
		return "security/not-invited";
	}

	@GetMapping("/signin/email-not-verified")
	String emailNotVerified() {
		return "security/email-not-verified";
	}

	/** A single sign-on provider as the sign-in page lists it. */
	record Provider(String id, String name) {
	}

}
