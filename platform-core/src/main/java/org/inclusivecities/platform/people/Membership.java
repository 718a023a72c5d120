package org.inclusivecities.platform.people;

import java.time.Instant;
import java.util.Set;

/** A person's roles in one city, with who granted them and when. */
public record Membership(String cityId, Set<Role> roles, Instant since, String grantedBy) {

	public Membership {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

}
