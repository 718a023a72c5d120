package org.inclusivecities.platform.join;

/** Where an application to join the network stands. */
public enum ApplicationStatus {

	PENDING, APPROVED, REJECTED

}
