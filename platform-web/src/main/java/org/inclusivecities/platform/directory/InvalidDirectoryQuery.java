package org.inclusivecities.platform.directory;

import org.inclusivecities.platform.refusal.Invalid;

/** A directory filter, sort or page parameter with a value the directory does not accept (maps to 400). */
public class InvalidDirectoryQuery extends Invalid {

	private final String parameter;

	public InvalidDirectoryQuery(String parameter, String reason) {
		super(reason, parameter, "directory.error." + parameter);
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}

}
