package org.inclusivecities.platform.join;

import org.inclusivecities.platform.refusal.Conflict;

/** Approving an application that resembles a known city needs the secretariat's explicit confirmation (409). */
public class UnconfirmedDuplicate extends Conflict {

	public UnconfirmedDuplicate(String applicationId, String names) {
		super("Application " + applicationId + " resembles " + names + " and was not confirmed as another city",
				"admin.duplicate.unconfirmed", names);
	}

}
