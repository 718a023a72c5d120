package org.inclusivecities.platform.join;

import org.inclusivecities.platform.refusal.Conflict;

/** The application was already approved or rejected (maps to 409); nothing was changed. */
public class ApplicationAlreadyDecided extends Conflict {

	private final ApplicationStatus status;

	public ApplicationAlreadyDecided(String applicationId, ApplicationStatus status) {
		super("Application " + applicationId + " is already " + status, "admin.conflict.text");
		this.status = status;
	}

	public ApplicationStatus status() {
		return status;
	}

	@Override
	public String titleKey() {
		return "admin.conflict.title";
	}

}
