package org.inclusivecities.platform.pool;

/** No such nomination in this city (maps to 404). */
public class NominationNotFound extends RuntimeException {

	public NominationNotFound(String nominationId) {
		super("No nomination " + nominationId);
	}

}
