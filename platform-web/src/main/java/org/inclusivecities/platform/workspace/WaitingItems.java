package org.inclusivecities.platform.workspace;

import java.util.List;

import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.tenancy.CityWorkspace;

/**
 * The actions a feature has waiting for a person, across their cities, their reviews and the secretariat: the same
 * things its mails announce. The "waiting for you" list on {@code /my} shows every provider's items; the navigation
 * counts them.
 */
public interface WaitingItems {

	/** Place key of items of a reviewer. */
	String REVIEWS = "workspace.place.reviews";

	/** Place key of items of the secretariat. */
	String SECRETARIAT = "workspace.place.secretariat";

	/**
	 * What waits for this person; {@code workspaces} are their memberships, one per city, already resolved. Items
	 * of a city are made with {@link WaitingItem#inCity}.
	 */
	List<WaitingItem> waitingFor(Person person, List<CityWorkspace> workspaces);

}
