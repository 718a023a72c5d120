package org.inclusivecities.platform.request;

/** The state of one reviewer's invitation to a request. */
public enum SeatStatus {

	PROPOSED, INVITED, ACCEPTED, DECLINED, EXPIRED, SUBMITTED;

	boolean open() {
		return this == INVITED || this == ACCEPTED;
	}

}
