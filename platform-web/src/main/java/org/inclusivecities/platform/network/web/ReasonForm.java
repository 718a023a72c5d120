package org.inclusivecities.platform.network.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the secretariat suspends or removes a city. */
record ReasonForm(@NotBlank(message = "{network.error.reason}") @Size(max = 1000, message = "{network.error.reason.size}") String reason,
		Boolean confirm) {

	boolean confirmed() {
		return Boolean.TRUE.equals(confirm);
	}

}
