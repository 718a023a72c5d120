package org.inclusivecities.platform.people.web;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.Role;

/** Whom a city administrator invites, with which roles, and in which language the mail goes out. */
record InviteForm(
		@NotBlank(message = "{people.error.email}") @Size(max = 254, message = "{people.error.email.size}")
		@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{people.error.email.format}") String email,
		@NotEmpty(message = "{people.error.roles}") Set<Role> roles,
		@NotNull(message = "{people.error.language}") Language language) {

	static InviteForm empty(Language language) {
		return new InviteForm(null, Set.of(), language);
	}

}
