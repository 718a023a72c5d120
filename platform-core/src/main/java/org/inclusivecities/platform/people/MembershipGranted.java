package org.inclusivecities.platform.people;

import java.util.Set;

/**
 * A person was given roles in a city (joined it, or had their roles changed). Published after the person is
 * saved, so listeners (peer review re-checking the seats of that person) read the new membership.
 */
public record MembershipGranted(String personId, String cityId, Set<Role> roles) {

	public MembershipGranted {
		roles = Set.copyOf(roles);
	}

}
