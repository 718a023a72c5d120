package org.inclusivecities.platform.subscription.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** "Subscribe to updates": the address and how often. The language is the page's. */
record SubscribeForm(
		@NotBlank(message = "{subscription.email.required}") @Email(message = "{subscription.email.invalid}")
		@Size(max = 254, message = "{subscription.email.invalid}") String email,
		@NotNull(message = "{subscription.frequency.required}")
		@Pattern(regexp = "WEEKLY|MONTHLY", message = "{subscription.frequency.required}") String frequency) {

	/** Spaces around a pasted address are not a mistake worth an error message. */
	SubscribeForm {
		email = email == null ? null : email.strip();
	}

}
