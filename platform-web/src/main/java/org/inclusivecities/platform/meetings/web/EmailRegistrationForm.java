package org.inclusivecities.platform.meetings.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Registering for a meeting without an account: a name (or pseudonym) and the address the link goes to. */
record EmailRegistrationForm(
		@NotBlank(message = "{meetings.error.name}") @Size(max = 100, message = "{meetings.error.name}") String name,
		@NotBlank(message = "{meetings.error.email}") @Email(message = "{meetings.error.email}")
		@Size(max = 254, message = "{meetings.error.email}") String email) {

	/** Spaces around a pasted value are not a mistake worth an error message. */
	EmailRegistrationForm {
		name = name == null ? null : name.strip();
		email = email == null ? null : email.strip();
	}

	static EmailRegistrationForm empty() {
		return new EmailRegistrationForm("", "");
	}

}
