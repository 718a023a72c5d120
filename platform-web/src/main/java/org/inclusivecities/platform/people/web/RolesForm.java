package org.inclusivecities.platform.people.web;

import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import org.inclusivecities.platform.people.Role;

/** The new roles of a member. */
record RolesForm(@NotEmpty(message = "{people.error.roles}") Set<Role> roles) {
}
