package org.inclusivecities.platform.request;

/** The request cannot move from its status to the one asked (maps to 409 with this reason). */
public class InvalidRequestTransition extends RuntimeException {

	public InvalidRequestTransition(String requestId, RequestStatus from, String action) {
		super("Request " + requestId + " is " + from + ": cannot " + action);
	}

}
