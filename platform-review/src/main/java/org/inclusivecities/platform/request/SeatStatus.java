package org.inclusivecities.platform.request;

/** The state of one reviewer's invitation to a request. */
public enum SeatStatus {

	PROPOSED, INVITED, ACCEPTED, DECLINED, EXPIRED, SUBMITTED,
	/** Taken off the request by the secretariat (e.g. a conflict that arose later); never seated on it again. */
	REMOVED;

	boolean open() {
		return this == INVITED || this == ACCEPTED;
	}

}
