package org.inclusivecities.platform.members.web;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.inclusivecities.platform.people.Language;

/**
 * Whom a city administrator invites, with which roles, and in which language the mail goes out. Roles and
 * language are strings, checked by {@link RoleChoices}, so an unknown value is a field message.
 */
record InviteForm(
		@NotBlank(message = "{people.error.email}") @Size(max = 254, message = "{people.error.email.size}")
		@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{people.error.email.format}") String email,
		@NotEmpty(message = "{people.error.roles}") Set<String> roles,
		@NotBlank(message = "{people.error.language}") String language) {

	static InviteForm empty(Language language) {
		return new InviteForm(null, Set.of(), language.name());
	}

}
