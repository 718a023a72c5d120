package org.inclusivecities.platform.security.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Forgot your password": the address to send a reset link to. */
record EmailForm(@NotBlank(message = "{security.email.required}") @Email(message = "{security.email.invalid}")
		@Size(max = 254, message = "{security.email.invalid}") String email) {
}
