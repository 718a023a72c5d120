package org.inclusivecities.platform.city;

/** Where an application to join the network stands. */
public enum ApplicationStatus {

	PENDING, APPROVED, REJECTED

}
