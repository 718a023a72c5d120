package org.inclusivecities.platform.join;

/** No application with that id (maps to 404). */
public class ApplicationNotFound extends RuntimeException {

	public ApplicationNotFound(String id) {
		super("No application " + id);
	}

}
