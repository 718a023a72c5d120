package org.inclusivecities.platform.plan.monitoring;

/**
 * Where a yearly report stands: written by the city (DRAFT), sent to the secretariat (SUBMITTED), sent back with
 * feedback to complete (RETURNED, editable again) or ACCEPTED. Once submitted the report counts as handed in for the
 * on-hold rule, also while it is returned for completion.
 */
public enum ReportStatus {

	DRAFT, SUBMITTED, RETURNED, ACCEPTED;

	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
