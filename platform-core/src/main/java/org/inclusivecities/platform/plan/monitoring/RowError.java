package org.inclusivecities.platform.plan.monitoring;

import java.util.List;

/** Why one line of an uploaded file was refused: line number, column (when known), message key with arguments. */
public record RowError(long line, String column, String messageKey, List<Object> args) {

	public RowError {
		args = List.copyOf(args);
	}

}
