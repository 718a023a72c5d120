package org.inclusivecities.platform.join;

/** The application was already approved or rejected (maps to 409); nothing was changed. */
public class ApplicationAlreadyDecided extends RuntimeException {

	private final ApplicationStatus status;

	public ApplicationAlreadyDecided(String applicationId, ApplicationStatus status) {
		super("Application " + applicationId + " is already " + status);
		this.status = status;
	}

	public ApplicationStatus status() {
		return status;
	}

}
