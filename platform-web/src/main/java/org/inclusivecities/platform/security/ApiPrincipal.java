package org.inclusivecities.platform.security;

import org.inclusivecities.platform.people.Person;

/** The person behind an API call, whether it came with a JWT or a personal API token. */
record ApiPrincipal(String personId, String email, String displayName) implements PlatformPrincipal {

	static ApiPrincipal of(Person person) {
		return new ApiPrincipal(person.getId(), person.getEmail(), person.getDisplayName());
	}

	@Override
	public String toString() {
		return "ApiPrincipal[" + personId + "]";
	}

}
