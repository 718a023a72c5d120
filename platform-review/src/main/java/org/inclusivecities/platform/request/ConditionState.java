package org.inclusivecities.platform.request;

/** Where a decision's condition stands on a given day. */
public enum ConditionState {

	/** Not met yet, due date not passed. */
	OPEN,
	/** The secretariat recorded it as met. */
	MET,
	/** The city reported it done, with evidence; the secretariat has yet to confirm it. */
	REPORTED,
	/** Not met and past its due date. */
	OVERDUE

}
