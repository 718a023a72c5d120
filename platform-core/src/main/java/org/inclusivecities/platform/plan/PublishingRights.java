package org.inclusivecities.platform.plan;

/**
 * Who may publish the city's plan, the city admins' choice: the city admins only (the default; council members
 * propose, an admin decides), or the city admins and the council members.
 */
public enum PublishingRights {

	CITY_ADMINS, CITY_ADMINS_AND_COUNCIL;

	public boolean allows(boolean cityAdmin, boolean councilMember) {
		return cityAdmin || this == CITY_ADMINS_AND_COUNCIL && councilMember;
	}

}
