package org.inclusivecities.platform.request;

import org.inclusivecities.platform.refusal.Conflict;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The request cannot move from its status to the one asked (maps to 409 with this reason). */
public class InvalidRequestTransition extends Conflict {

	public InvalidRequestTransition(String requestId, RequestStatus from, String action) {
		super("Request " + requestId + " is " + from + ": cannot " + action, "refusal.request.transition",
				new DefaultMessageSourceResolvable(new String[] { "reviewAdmin.status." + from }, null,
						String.valueOf(from)));
	}

}
