package org.inclusivecities.platform.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A city admin's reason for declining a proposal to publish the plan; the proposer reads it in a mail. */
record DeclineForm(@NotBlank(message = "{plan.publish.decline.reason.required}") @Size(max = 2000,
		message = "{plan.publish.decline.reason.tooLong}") String reason) {

	static DeclineForm empty() {
		return new DeclineForm("");
	}

}
