package org.inclusivecities.platform.plan.monitoring;

import org.inclusivecities.platform.refusal.Invalid;

import java.util.List;

/** An uploaded file had bad rows: every one is listed, and nothing was imported. */
public class MeasurementImportRejected extends Invalid {

	private final transient List<RowError> errors;

	public MeasurementImportRejected(List<RowError> errors) {
		super(errors.size() + " bad rows; nothing imported", "file", "monitoring.import.rejected", errors.size());
		this.errors = List.copyOf(errors);
	}

	public List<RowError> errors() {
		return errors;
	}

}
