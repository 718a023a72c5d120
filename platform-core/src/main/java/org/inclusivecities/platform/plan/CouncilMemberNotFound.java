package org.inclusivecities.platform.plan;

import org.inclusivecities.platform.refusal.NotFound;

/** The city's council has no member with that id (404). */
public class CouncilMemberNotFound extends NotFound {

	public CouncilMemberNotFound() {
		super("No such council member");
	}

}
