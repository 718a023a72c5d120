package org.inclusivecities.platform.tenancy;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.Membership;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;

/**
 * The city a workspace request is about, resolved once at the web edge from {@code /my/cities/{slug}/…}
 * and checked against the signed-in person's memberships. Controllers take it as a parameter and pass
 * {@link #cityId()} explicitly to services; there is no thread-local "current tenant".
 */
public record CityWorkspace(City city, Person person, Membership membership) {

	public String cityId() {
		return city.getId();
	}

	public String slug() {
		return city.getSlug();
	}

	public boolean has(Role role) {
		return membership.has(role);
	}

	/** Refuses (as 404, like a foreign city) a person who lacks the role in this city. */
	public CityWorkspace require(Role... anyOf) {
		for (Role role : anyOf) {
			if (membership.has(role)) {
				return this;
			}
		}
		throw new NotAMember();
	}

	public boolean canEditPlan() {
		return has(Role.CITY_ADMIN) || has(Role.COUNCIL_MEMBER);
	}

}
