package org.inclusivecities.platform.members.web;

import java.time.ZoneOffset;
import java.util.List;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.people.InvitationsForAddress;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.workspace.WaitingItem;
import org.inclusivecities.platform.workspace.WaitingItems;

import org.springframework.stereotype.Component;

/**
 * An invitation to another city, sent to the address a person already signs in with, waits in their list as the
 * invitation mail announces it, linked to where they accept or decline it (they need not find the mail).
 */
@Component
class InvitationsWaiting implements WaitingItems {

	/** Place key of the invitations waiting for a person. */
	static final String INVITATIONS = "people.place.invitations";

	private final InvitationsForAddress invitations;

	private final Cities cities;

	InvitationsWaiting(InvitationsForAddress invitations, Cities cities) {
		this.invitations = invitations;
		this.cities = cities;
	}

	@Override
	public List<WaitingItem> waitingFor(Person person, List<CityWorkspace> workspaces) {
		return invitations.open(person.getEmail())
			.stream()
			.flatMap(invitation -> cities.findById(invitation.getCityId())
				.map(City::getName)
				.map(city -> WaitingItem.elsewhere(INVITATIONS, "people.waiting.invitation", MyInvitationsController.PAGE,
						invitation.getExpiresAt().atOffset(ZoneOffset.UTC).toLocalDate(), city))
				.stream())
			.toList();
	}

}
