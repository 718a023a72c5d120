package org.inclusivecities.platform.members.web;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotEmpty;
import org.inclusivecities.platform.people.Role;

/** The new roles of a member (names, checked by {@link RoleChoices}). */
record RolesForm(@NotEmpty(message = "{people.error.roles}") Set<String> roles) {

	static RolesForm of(Set<Role> roles) {
		return new RolesForm(roles.stream().map(Role::name).collect(Collectors.toSet()));
	}

}
