package org.inclusivecities.platform.accreditation.admin;

import org.inclusivecities.platform.refusal.Conflict;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import org.inclusivecities.platform.request.RequestStatus;

/** The request's status does not allow this step (shown as a 409 page naming the status and the step). */
class NotNow extends Conflict {

	private final RequestStatus status;

	private final String step;

	NotNow(RequestStatus status, String step) {
		super("Request is " + status + ": cannot " + step, "reviewAdmin.conflict." + step,
				new DefaultMessageSourceResolvable(new String[] { "reviewAdmin.status." + status.name() }, null,
						status.name()));
		this.status = status;
		this.step = step;
	}

	RequestStatus status() {
		return status;
	}

	String step() {
		return step;
	}

	@Override
	public String titleKey() {
		return "reviewAdmin.conflict.title";
	}

}
