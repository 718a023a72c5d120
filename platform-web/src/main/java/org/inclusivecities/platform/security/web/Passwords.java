package org.inclusivecities.platform.security.web;

import org.inclusivecities.platform.people.PasswordPolicy;

import org.springframework.validation.BindingResult;

/** The checks every "choose a password" form shares: the policy, and the confirmation matching. */
final class Passwords {

	private Passwords() {
	}

	static void check(String password, String confirmation, String email, BindingResult result) {
		PasswordPolicy.problems(password, email).forEach(key -> result.rejectValue("password", key));
		if (!result.hasFieldErrors("password") && !password.equals(confirmation)) {
			result.rejectValue("confirmation", "password.confirmation.mismatch");
		}
	}

}
