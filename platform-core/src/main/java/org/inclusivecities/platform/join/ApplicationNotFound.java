package org.inclusivecities.platform.join;

import org.inclusivecities.platform.refusal.NotFound;

/** No application with that id (maps to 404). */
public class ApplicationNotFound extends NotFound {

	public ApplicationNotFound(String id) {
		super("No application " + id, "admin.notfound.text");
	}

	@Override
	public String titleKey() {
		return "admin.notfound.title";
	}

}
