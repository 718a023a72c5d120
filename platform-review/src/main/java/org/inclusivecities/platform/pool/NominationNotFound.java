package org.inclusivecities.platform.pool;

import org.inclusivecities.platform.refusal.NotFound;

/** No such nomination in this city (maps to 404). */
public class NominationNotFound extends NotFound {

	public NominationNotFound(String nominationId) {
		super("No nomination " + nominationId);
	}

}
