package org.inclusivecities.platform.monitoring;

import java.util.List;

/** Why one line of an uploaded file was refused: its line number and a message key with arguments. */
public record RowError(long line, String messageKey, List<Object> args) {

	public RowError {
		args = List.copyOf(args);
	}

}
