package org.inclusivecities.platform.members.web;

import java.util.List;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.Invitation;

/** One open invitation as the invitations page lists it, with its city (an invitation of a removed city is left out). */
record InvitationRow(Invitation invitation, City city) {

	static List<InvitationRow> of(List<Invitation> invitations, Cities cities) {
		return invitations.stream()
			.flatMap(invitation -> cities.findById(invitation.getCityId())
				.map(city -> new InvitationRow(invitation, city))
				.stream())
			.toList();
	}

}
