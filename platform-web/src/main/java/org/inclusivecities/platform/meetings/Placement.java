package org.inclusivecities.platform.meetings;

/** Where a registration landed: one of the seats, or on the waiting list (labels: {@code meetings.placement.<NAME>}). */
public enum Placement {

	SEATED, WAITING

}
