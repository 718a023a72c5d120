package org.inclusivecities.platform.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new personal API token: what it is for, and how many days it is valid (empty: until revoked). */
record TokenForm(@NotBlank(message = "{security.token.name.required}")
		@Size(max = 80, message = "{security.token.name.too-long}") String name,
		@Pattern(regexp = "|30|90|365", message = "{security.token.validity.invalid}") String validDays) {

	Integer days() {
		return validDays == null || validDays.isBlank() ? null : Integer.valueOf(validDays);
	}

}
