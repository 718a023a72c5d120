package org.inclusivecities.platform.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security processes the POST. */
@Controller
class SignInController {

	@GetMapping("/login")
	String signIn() {
		return "security/login";
	}

}
