package org.inclusivecities.platform.directory;

/** A directory filter, sort or page parameter with a value the directory does not accept (maps to 400). */
public class InvalidDirectoryQuery extends RuntimeException {

	private final String parameter;

	public InvalidDirectoryQuery(String parameter, String reason) {
		super(reason);
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}

}
