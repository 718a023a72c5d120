package org.inclusivecities.platform.members.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.people.Role;

import org.springframework.validation.BindingResult;

/** Turns the submitted role and language names into enums, or field errors when one is unknown. */
final class RoleChoices {

	private RoleChoices() {
	}

	static Set<Role> roles(Set<String> names, BindingResult result) {
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		if (names == null) {
			return roles;
		}
		for (String name : names) {
			Optional<Role> role = Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst();
			if (role.isEmpty()) {
				if (!result.hasFieldErrors("roles")) {
					result.rejectValue("roles", "people.error.roles.unknown");
				}
				continue;
			}
			roles.add(role.get());
		}
		return roles;
	}

	static Language language(String name, BindingResult result) {
		Optional<Language> language = Arrays.stream(Language.values()).filter(l -> l.name().equals(name)).findFirst();
		if (language.isEmpty() && !result.hasFieldErrors("language")) {
			result.rejectValue("language", "people.error.language");
		}
		return language.orElse(Language.EN);
	}

}
